import {defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'date-present', family: 'date', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, report}) => {
    // A 政府工作报告 carries no date line (its date is in the subtitle).
    if (notice.kind === 'report') return
    const date = notice.date
    if (!date) {
      report({messageId: 'missing', at: notice.anchors.afterSignature})
      return
    }
    // Not right after a signature. When the draft has no signature at all, the fault is the missing
    // signature (issuer-consistent reports it at the date), not the date's place.
    if (date.misplaced && notice.signature) report({messageId: 'misplaced', data: {date: date.text}, at: date})
  },
)
