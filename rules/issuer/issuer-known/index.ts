import {defineRule, isAbbreviationOf, listOr} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'issuer-known', family: 'issuer', severity: 'error', type: 'problem', fixable: false, needsProfile: true, description, messages},
  ({notice, profile, settings, report}) => {
    const header = notice.issuerHeader
    if (!header || !profile) return
    const name = header.text.replace(/\s+/gu, '')
    const names = profile.issuers.map((issuer) => issuer.name)
    if (names.includes(name)) return

    // An abbreviation of a known name: suggest the names it can stand for, an office (办) for an office.
    const covering = names.filter((full) => full !== name && isAbbreviationOf(name, full))
    if (covering.length > 0) {
      const office = /办/u.test(name)
      const sameKind = covering.filter((full) => /办/u.test(full) === office)
      const suggested = (sameKind.length > 0 ? sameKind : covering).sort((a, b) => a.length - b.length)
      report({messageId: 'abbreviated', data: {name: header.text, expected: listOr(suggested, settings.lang, {quote: true})}, at: header, expected: suggested})
      return
    }
    report({messageId: 'unknown', data: {name: header.text, county: profile.county, expected: listOr(names, settings.lang, {quote: true})}, at: header, expected: names})
  },
)
