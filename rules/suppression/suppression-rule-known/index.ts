import {closestName, defineRule, directiveIds} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'suppression-rule-known', family: 'suppression', severity: 'warning', type: 'problem', fixable: false, description, messages},
  ({notice, settings, report}) => {
    // Outside a lint session (a bare remark run) the rule ids of the run are not known: nothing to compare with.
    const known = settings.ruleIds
    if (!known) return
    for (const {id, start, end} of directiveIds(notice.comments, notice.text)) {
      if (known.includes(id)) continue
      const suggestion = closestName(id, known)
      const at = notice.locator.span(start, end)
      // A misspelt id leaves its finding reported: the person who wrote the comment chooses the right id.
      if (suggestion) report({messageId: 'suggestion', data: {id, suggestion}, at, expected: [suggestion]})
      else report({messageId: 'unknown', data: {id}, at})
    }
  },
)
