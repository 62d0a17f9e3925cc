import {defineRule, type Fixer, type TextEdit} from '@gazette-lint/core'
import {primaryFlag} from '../flags.js'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'disclosure-position', family: 'disclosure', severity: 'warning', type: 'layout', fixable: true, description, messages},
  ({notice, report}) => {
    // Only the notice's own flag: an extra one is disclosure-present's.
    const flag = primaryFlag(notice)
    if (!flag || flag.placement === 'after-date') return
    const {signature, date, text} = notice
    let messageId: string = flag.placement
    const at = flag.position.start.offset
    if (flag.placement === 'before-signature' && signature && date && at > signature.position.start.offset && at < date.position.start.offset) {
      messageId = 'before-date'
    }
    // Move it: delete it with the blank line before it, insert it as the paragraph after the date.
    let fix: ((fixer: Fixer) => TextEdit[]) | undefined
    if (date) {
      let start = at
      while (start > 0 && /\s/.test(text[start - 1])) start--
      let end = flag.position.end.offset
      if (start === 0) while (end < text.length && /\s/.test(text[end])) end++
      if (date.position.end.offset < start || date.position.end.offset > end) {
        fix = (fixer) => [fixer.remove([start, end]), fixer.insertAfter(date, `\n\n${flag.text}`)]
      }
    }
    report({messageId, data: {flag: flag.text}, at: flag, fix})
  },
)
