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
    // signature (issuer-consistent's), not the date's place; when a flag stands between the signature and
    // the date, the fault is the flag's place (disclosure-position's).
    if (date.sharesSignatureLine) {
      report({messageId: 'same-line', data: {date: date.text}, at: date})
      return
    }
    const signature = notice.signature
    if (!date.misplaced || !signature) return
    const between = (offset: number) => offset > signature.position.end.offset && offset < date.position.start.offset
    if (notice.disclosureFlags.some((flag) => between(flag.position.start.offset))) return
    report({messageId: 'misplaced', data: {date: date.text}, at: date})
  },
)
