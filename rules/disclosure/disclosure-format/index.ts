import {defineRule, flagInner, listAnd, parseFlagLine, STANDARD_FLAGS, type Fixer, type TextEdit} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'disclosure-format', family: 'disclosure', severity: 'warning', type: 'layout', fixable: true, description, messages},
  ({notice, profile, settings, report}) => {
    // The wording is the county's (its profile's literals); without a profile only the form is checked.
    const allowed = profile?.disclosureLiterals.length ? profile.disclosureLiterals : undefined
    const allowedInner = new Set((allowed ?? STANDARD_FLAGS).map(flagInner))
    for (const flag of notice.disclosureFlags) {
      const parts = parseFlagLine(flag.text)
      if (!parts) continue
      const start = flag.position.start.offset
      const text = flag.text
      const expected = `（${parts.inner}）`
      // Where the closing bracket and a trailing stop stand in the flag's text.
      const body = parts.trailingStop ? text.slice(0, -1).trimEnd() : text
      const closeAt = body.length - 1
      if (!parts.open) {
        report({
          messageId: 'no-brackets',
          data: {expected},
          at: flag,
          fix: (fixer) => fixer.wrap([start, start + body.length], '（', '）'),
        })
      } else if (parts.open !== '（' || parts.close !== '）') {
        const fix = (fixer: Fixer) => {
          const edits: TextEdit[] = []
          if (parts.open !== '（') edits.push(fixer.replace([start, start + 1], '（'))
          if (parts.close !== '）') edits.push(fixer.replace([start + closeAt, start + closeAt + 1], '）'))
          return edits
        }
        report({messageId: 'brackets', data: {open: parts.open, close: parts.close, expected}, at: flag, fix})
      }
      if (parts.trailingStop) {
        report({
          messageId: 'trailing-stop',
          data: {expected},
          at: flag,
          fix: (fixer) => fixer.remove([start + body.length, start + text.length]),
        })
      }
      if (allowed && !allowedInner.has(parts.inner)) {
        report({messageId: 'unknown', data: {flag: expected, county: profile!.county, allowed: listAnd(allowed, settings.lang, {quote: true})}, at: flag})
      }
    }
  },
)
