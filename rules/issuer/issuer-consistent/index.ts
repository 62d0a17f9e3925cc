import {defineRule, isAbbreviationOf} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const normalize = (name: string) => name.replace(/\s+/gu, '')

/**
 * Two names of one organ: the same name, or one the 规范化简称 of the other (《党政机关公文处理工作条例》 art. 9
 * allows it in the 发文机关标志, the title and the 署名): its characters in order, ending with the same organ
 * (`县人民政府` for `浠水县人民政府`; not `县人民政府` for `浠水县人民政府办公室`).
 */
function sameOrgan(a: string, b: string): boolean {
  const [short, full] = [normalize(a), normalize(b)].sort((x, y) => x.length - y.length)
  return short === full || (short.length >= 3 && short.slice(-2) === full.slice(-2) && isAbbreviationOf(short, full))
}

export default defineRule(
  {id: 'issuer-consistent', family: 'issuer', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, report}) => {
    // A 政府工作报告 has no header, signature or date line.
    if (notice.kind === 'report') return
    const {issuerHeader: header, title, signature, frontMatter} = notice
    const empty = notice.kind === 'empty'

    // The header is measured against the title; without one (and in a non-empty draft) that is the title's finding.
    if (!header && (title || empty)) report({messageId: 'missing-header', at: title ?? notice.anchors.start})
    if (header && title?.issuer && !header.inTitle && !sameOrgan(title.issuer.text, header.text)) {
      report({messageId: 'title-mismatch', data: {title: title.issuer.text, header: header.text}, at: title.issuer})
    }

    if (signature) {
      if (header && !sameOrgan(signature.text, header.text)) {
        report({messageId: 'signature-mismatch', data: {signature: signature.text, header: header.text}, at: signature})
      }
    } else if (title || notice.date || empty) {
      // Where the fix inserts it: the line after the body's last element (its 附件说明), before the date.
      const issuer = header?.text
      if (issuer) report({messageId: 'missing-signature-named', data: {issuer}, at: notice.anchors.afterBody})
      else report({messageId: 'missing-signature', at: notice.anchors.afterBody})
    }

    // The front matter agrees with the body: the header, else the title's issuer, else the signature.
    const fmIssuer = frontMatter?.data?.issuer
    const bodyIssuer = header?.text ?? title?.issuer?.text ?? signature?.text
    const key = frontMatter?.keys.issuer
    if (typeof fmIssuer === 'string' && bodyIssuer && key && normalize(fmIssuer) !== normalize(bodyIssuer)) {
      report({messageId: 'front-matter-mismatch', data: {frontMatter: fmIssuer, issuer: bodyIssuer}, at: key})
    }
  },
)
