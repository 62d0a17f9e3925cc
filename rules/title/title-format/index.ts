import {defineRule, issuingSentence, TITLE_END_PUNCTUATION} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** A flag saying the enclosure is published elsewhere (`（此件详见县政府网站）`): the gazette prints only the cover. */
const PUBLISHED_ELSEWHERE = /详见|网站|网络版/u

export default defineRule(
  {id: 'title-format', family: 'title', severity: 'error', type: 'problem', fixable: true, description, messages},
  ({notice, report}) => {
    const title = notice.title
    if (!title) {
      report({messageId: 'missing', at: notice.anchors.start})
      return
    }
    if (!title.isHeading) report({messageId: 'not-heading', data: {title: title.text}, at: title})
    // 令 and 政府工作报告 have titles of their own shape (`平顺县人民政府封山禁火令`).
    if (notice.kind === 'order' || notice.kind === 'report') return

    const trailing = TITLE_END_PUNCTUATION.exec(title.text)
    if (trailing) {
      const end = title.position.end.offset
      const start = end - trailing[0].length
      report({
        messageId: 'trailing-punctuation',
        data: {punctuation: trailing[0]},
        at: {start: pointBefore(title.position.end, trailing[0].length), end: title.position.end},
        fix: (fixer) => fixer.remove([start, end]),
      })
    }

    // Letter-spaced words (`的 通知`) do not change the shape.
    const subject = title.subject.text.replace(TITLE_END_PUNCTUATION, '').replace(/\s+/gu, '')
    const data = {title: title.text, docType: title.docType ?? '通知'}
    // 公告 and 通告 are titled 发文机关 + 事由 + 文种 without `关于` (`洪雅县人民政府土地征收公告`), or issuer and
    // 文种 alone (`陵川县人民政府公告`).
    const announcement = title.docType === '公告' || title.docType === '通告'
    if (!subject.startsWith('关于') && !announcement) report({messageId: 'no-about', data, at: title})
    if (!title.docType) report({messageId: 'no-doc-type', data, at: title})
    else if (subject.startsWith('关于') && !subject.slice(0, -title.docType.length).endsWith('的')) report({messageId: 'no-de', data, at: title})

    const enclosures = notice.sections.filter((section) => section.kind === 'enclosure')
    if (title.issuesDocument) {
      // An 附件说明 issues the attachments only when the cover says it issues something (`现印发给你们`);
      // a notice that is itself the content (`制定实施方案如下`) only attaches material (001:2965).
      const elsewhere = notice.disclosureFlags.some((flag) => PUBLISHED_ELSEWHERE.test(flag.inner))
      if (notice.sections.length === 0 && !elsewhere) {
        if (notice.attachmentNote === undefined) report({messageId: 'issue-without-enclosure', at: title})
        else if (!issuingSentence(notice)) report({messageId: 'issue-attachments-only', at: title})
      }
    } else if (enclosures.length > 0 && issuingSentence(notice)) {
      const enclosure = enclosures.find((section) => section.heading)?.heading?.text ?? ''
      report({messageId: 'enclosure-without-issue', data: {enclosure}, at: title})
    }
  },
)

/** The point `count` characters before a point on the same line. */
function pointBefore(point: {line: number; column: number; offset: number}, count: number) {
  return {line: point.line, column: point.column - count, offset: point.offset - count}
}
