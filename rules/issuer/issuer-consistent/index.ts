import {defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const normalize = (name: string) => name.replace(/\s+/gu, '')

export default defineRule(
  {id: 'issuer-consistent', family: 'issuer', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, report}) => {
    // A 政府工作报告 has no header, signature or date line.
    if (notice.kind === 'report') return
    const {issuerHeader: header, title, signature, frontMatter} = notice
    const empty = notice.kind === 'empty'

    // The header is measured against the title; without one (and in a non-empty draft) that is the title's finding.
    if (!header && (title || empty)) report({messageId: 'missing-header', at: title ?? notice.anchors.start})
    if (header && title?.issuer && !header.inTitle && normalize(title.issuer.text) !== normalize(header.text)) {
      report({messageId: 'title-mismatch', data: {title: title.issuer.text, header: header.text}, at: title.issuer})
    }

    if (signature) {
      if (header && normalize(signature.text) !== normalize(header.text)) {
        report({messageId: 'signature-mismatch', data: {signature: signature.text, header: header.text}, at: signature})
      }
    } else if (title || notice.date || empty) {
      report({messageId: 'missing-signature', at: notice.date ?? notice.anchors.afterBody})
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
