import {addresseeSeparators, defineRule, type Fixer, type Notice, type Unit} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The 文种 that are sent to named addressees (not 令, 公告, 通告, 政府工作报告). */
const NEEDS_ADDRESSEE = new Set(['通知', '通报', '意见', '函', '批复', '请示', '报告'])
/** A paragraph that reads as a list of addressees whose colon is missing. */
const ADDRESSEE_LIKE = /^[^。；;！!？?]{2,150}?(?:政府|管委会|委员会|单位|部门|机构|企业|示范区|开发区|园区|局|办|中心)$/u

export default defineRule(
  {id: 'addressee-format', family: 'addressee', severity: 'warning', type: 'layout', fixable: true, description, messages},
  ({notice, profile, report}) => {
    const addressee = notice.addressee
    if (!addressee) {
      // Numbered kinds need one (not 令, 公告, 政府工作报告), unless the 文种 is one without addressees (通告, 决定 …).
      const docType = notice.title?.docType
      if (!notice.numberRequired || (docType && !NEEDS_ADDRESSEE.has(docType))) return
      const next = unitAfterNumber(notice)
      if (next && ADDRESSEE_LIKE.test(next.text)) {
        report({messageId: 'colon', at: next, fix: (fixer) => fixer.insertAfter(next, '：')})
      } else {
        report({messageId: 'missing', data: {docType: docType ?? '通知'}, at: notice.anchors.afterNumber})
      }
      return
    }

    const text = addressee.text
    const base = addressee.position.start.offset
    const locator = notice.locator
    const at = (index: number) => locator.span(base + index, base + index + 1)
    const last = text.length - 1
    if (text[last] !== '：') report({messageId: 'colon', at: at(last), fix: (fixer) => fixer.replace(at(last), '：')})

    // `、` between kinds of addressee is a convention of the county (its profile records it), not a national rule.
    const groupsByComma = profile?.conventions?.addressee?.groupSeparator === '，'
    // `、` inside the county's town group (`各乡、镇人民政府`) is not a boundary.
    const protectedSpans: Array<{start: number; end: number}> = []
    const townGroup = profile?.townGroup
    if (townGroup?.includes('、')) {
      for (let from = text.indexOf(townGroup); from >= 0; from = text.indexOf(townGroup, from + 1)) protectedSpans.push({start: from, end: from + townGroup.length})
    }
    for (const separator of addresseeSeparators(text.slice(0, last), protectedSpans)) {
      const fix = (fixer: Fixer) => fixer.replace(at(separator.index), '，')
      if (separator.char === ',') report({messageId: 'comma', at: at(separator.index), fix})
      else if (separator.char === '、' && separator.betweenGroups && groupsByComma) {
        report({messageId: 'group-separator', data: {group: separator.group, county: profile!.county}, at: at(separator.index), fix})
      }
    }
  },
)

function unitAfterNumber(notice: Notice): Unit | undefined {
  const after = notice.anchors.afterNumber.offset
  const next = notice.units.find((unit) => unit.position.start.offset >= after)
  if (!next || next.index >= notice.coverEnd || next.kind === 'heading' || next.kind === 'table') return undefined
  // An 附件说明 (`附件：…政府`) is attachment-format's, whose fix would undo a colon put after it.
  const lead = notice.attachmentNote?.lead.position.start.offset
  if (lead !== undefined && lead >= next.position.start.offset && lead < next.position.end.offset) return undefined
  return next
}
