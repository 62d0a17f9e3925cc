import {addresseeSeparators, defineRule, type Notice, type Unit} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The 文种 that are sent to named addressees (not 令, 公告, 通告, 政府工作报告). */
const NEEDS_ADDRESSEE = new Set(['通知', '通报', '意见', '函', '批复', '请示', '报告'])
/** A paragraph that reads as a list of addressees whose colon is missing. */
const ADDRESSEE_LIKE = /^[^。；;！!？?]{2,150}?(?:政府|管委会|委员会|单位|部门|机构|企业|示范区|开发区|园区|局|办|中心)$/u

export default defineRule(
  {id: 'addressee-format', family: 'addressee', severity: 'warning', fixable: true, description, messages},
  ({notice, profile, report}) => {
    const addressee = notice.addressee
    if (!addressee) {
      // Numbered kinds need one (not 令, 公告, 政府工作报告), unless the 文种 is one without addressees (通告, 决定 …).
      const docType = notice.title?.docType
      if (!notice.numberRequired || (docType && !NEEDS_ADDRESSEE.has(docType))) return
      const next = unitAfterNumber(notice)
      if (next && ADDRESSEE_LIKE.test(next.text)) {
        const end = next.position.end.offset
        report({messageId: 'colon', at: next, fix: [{start: end, end, text: '：'}]})
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
    if (text[last] !== '：') report({messageId: 'colon', at: at(last), fix: [{start: base + last, end: base + last + 1, text: '：'}]})

    // `、` between kinds of addressee is a convention of the county (its profile records it), not a national rule.
    const groupsByComma = profile?.conventions?.addressee?.groupSeparator === '，'
    // `、` inside the county's town group (`各乡、镇人民政府`) is not a boundary.
    const protectedSpans: Array<{start: number; end: number}> = []
    const townGroup = profile?.townGroup
    if (townGroup?.includes('、')) {
      for (let from = text.indexOf(townGroup); from >= 0; from = text.indexOf(townGroup, from + 1)) protectedSpans.push({start: from, end: from + townGroup.length})
    }
    for (const separator of addresseeSeparators(text.slice(0, last), protectedSpans)) {
      const fix = [{start: base + separator.index, end: base + separator.index + 1, text: '，'}]
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
  return next
}
