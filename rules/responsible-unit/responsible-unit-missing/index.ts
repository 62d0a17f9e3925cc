import {defineRule, hasSubItems, siblingGroups} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'responsible-unit-missing', family: 'responsible-unit', severity: 'warning', type: 'suggestion', fixable: false, description, messages},
  ({notice, report}) => {
    for (const group of siblingGroups(notice)) {
      // Only task paragraphs count: leaves that are not headings.
      const siblings = group.filter((item) => !item.isHeading && !hasSubItems(notice, item))
      const annotated = siblings.filter((item) => item.annotations.length > 0).length
      if (annotated < 2 || annotated * 2 <= siblings.length) continue
      for (const item of siblings) {
        if (item.annotations.length > 0) continue
        report({messageId: 'missing', data: {total: siblings.length, count: annotated, marker: item.marker.text}, at: item})
      }
    }
  },
)
