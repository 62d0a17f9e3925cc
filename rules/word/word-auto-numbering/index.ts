import {defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'word-auto-numbering', family: 'word', severity: 'warning', type: 'problem', fixable: false, description, messages},
  ({notice, report}) => {
    for (const numbered of notice.word?.numbering ?? []) {
      if (numbered.problem === 'format') report({messageId: 'format', data: {format: numbered.format ?? ''}, at: numbered})
      else report({messageId: 'undefined', at: numbered})
    }
  },
)
