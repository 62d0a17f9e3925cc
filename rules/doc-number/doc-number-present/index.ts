import {defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'doc-number-present', family: 'doc-number', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, report}) => {
    // 令, 公告 and 政府工作报告 carry no 发文字号.
    if (!notice.numberRequired) return
    const number = notice.number
    if (!number) {
      report({messageId: 'missing', at: notice.anchors.afterTitle})
      return
    }
    // A number found elsewhere in the cover is misplaced, not missing; without a title there is no
    // place to measure it against (a missing title is another rule's finding).
    if (number.misplaced && notice.title) report({messageId: 'misplaced', data: {number: number.text}, at: number})
  },
)
