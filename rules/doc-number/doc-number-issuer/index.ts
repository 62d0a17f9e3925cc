import {defineRule, letterPrefixesOf, listOr} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'doc-number-issuer', family: 'doc-number', severity: 'error', type: 'problem', fixable: false, needsProfile: true, description, messages},
  ({notice, profile, settings, report}) => {
    const number = notice.number
    if (!number || !profile) return
    const prefix = number.parts.prefix
    const issuer = notice.issuer?.replace(/\s+/gu, '')
    const known = issuer ? profile.issuers.find((candidate) => candidate.name === issuer) : undefined
    const letterPrefixes = letterPrefixesOf(profile)
    // A 函 is numbered in its issuer's 函 series (陵政办发 → 陵政办函), printed in the gazettes or not.
    const isLetter = notice.title?.docType === '函'
    if (known) {
      // An issuer the profile knows without any 代字 of its own cannot be checked.
      if (known.prefixes.length === 0 || known.prefixes.includes(prefix)) return
      const letters = letterPrefixes.get(known.name) ?? []
      if (letters.includes(prefix)) {
        if (isLetter) return
        report({messageId: 'letter-series', data: {prefix, issuer: known.name, expected: listOr(known.prefixes, settings.lang, {quote: true})}, at: number, expected: known.prefixes})
        return
      }
      const expected = isLetter && letters.length > 0 ? letters : known.prefixes
      report({
        messageId: 'wrong-prefix',
        data: {prefix, issuer: known.name, expected: listOr(expected, settings.lang, {quote: true})},
        at: number,
        expected: [...expected],
      })
      return
    }
    // The issuer is not a name the profile knows (issuer-known says so): the 代字 must at least be the county's.
    const all = [...new Set(profile.issuers.flatMap((candidate) => [...candidate.prefixes, ...(isLetter ? (letterPrefixes.get(candidate.name) ?? []) : [])]))]
    if (all.length === 0 || all.includes(prefix)) return
    report({messageId: 'unknown-prefix', data: {prefix, county: profile.county, expected: listOr(all, settings.lang, {quote: true})}, at: number, expected: all})
  },
)
