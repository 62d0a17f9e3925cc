import {defineRule, type NumberedItem} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'responsible-unit-missing', family: 'responsible-unit', severity: 'warning', fixable: false, description, messages},
  ({notice, report}) => {
    const {items} = notice
    const hasChildren = new Set(items.flatMap((item) => (item.parent === undefined ? [] : [item.parent])))
    // Siblings: one parent, one section, one level. Only task paragraphs count: leaves that are not headings.
    const groups = new Map<string, NumberedItem[]>()
    for (const [index, item] of items.entries()) {
      if (item.isHeading || hasChildren.has(index)) continue
      const key = `${item.scope}|${item.parent ?? -1}|${item.level}`
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
    for (const siblings of groups.values()) {
      const annotated = siblings.filter((item) => item.annotations.length > 0).length
      if (annotated < 2 || annotated * 2 <= siblings.length) continue
      for (const item of siblings) {
        if (item.annotations.length > 0) continue
        report({messageId: 'missing', data: {total: siblings.length, count: annotated, marker: item.marker.text}, at: item})
      }
    }
  },
)
