import {defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'doc-number-present', family: 'doc-number', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, profile, settings, report}) => {
    // 令, 公告 and 政府工作报告 carry no 发文字号.
    if (!notice.numberRequired) return
    const number = notice.number
    if (!number) {
      // What to insert: the issuer's own 代字 (from the profile) and the year of the date.
      const prefix = profile?.issuers.find((issuer) => issuer.name === notice.issuer)?.prefixes[0]
      const year = notice.date?.parts && Number.isInteger(notice.date.parts.year) ? notice.date.parts.year : settings.today.slice(0, 4)
      if (prefix) report({messageId: 'missing-example', data: {example: `${prefix}〔${year}〕N号`}, at: notice.anchors.afterTitle})
      else report({messageId: 'missing', at: notice.anchors.afterTitle})
      return
    }
    // A number found elsewhere in the cover is misplaced, not missing; without a title there is no
    // place to measure it against (a missing title is another rule's finding).
    if (number.misplaced && notice.title) report({messageId: 'misplaced', data: {number: number.text}, at: number})
  },
)
