import {defineRule, isRedColour, wordParagraphsOf} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'word-issuer-mark', family: 'word', severity: 'info', type: 'layout', fixable: false, description, messages},
  ({notice, report}) => {
    const header = notice.issuerHeader
    // The issuer printed at the start of the title is no 版头 of its own; an unset colour may be the template's.
    if (!header || header.inTitle) return
    const paragraph = wordParagraphsOf(notice, header).find(({colour}) => colour !== undefined && !isRedColour(colour))
    if (!paragraph) return
    if (paragraph.colour === 'auto') report({messageId: 'not-red-auto', data: {issuer: header.text}, at: header})
    else report({messageId: 'not-red', data: {issuer: header.text, colour: `#${paragraph.colour}`}, at: header})
  },
)
