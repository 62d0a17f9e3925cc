import {
  canonicalDocNumber,
  CANONICAL_NUMBER,
  chineseDate,
  defineRule,
  documentNamedIn,
  isoDate,
  listAnd,
  nearestNames,
  normalizeTitle,
  parseDocNumber,
  profileIndex,
  type RegistryEntry,
  type RepealNote,
} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The titles a registry entry answers to: the document's, the notice's, and the one its notice's title issues. */
function registryTitles(entry: RegistryEntry): Set<string> {
  const titles = new Set<string>()
  for (const title of [entry.title, entry.noticeTitle]) {
    if (!title) continue
    const normal = normalizeTitle(title)
    titles.add(normal)
    const issued = documentNamedIn(normal)
    if (issued) titles.add(normal.slice(issued.start, issued.end))
  }
  return titles
}

export default defineRule(
  // Without a profile only the county checks (代字, registry) are skipped: shape and agreement between notes stay.
  {id: 'repeal-note-reference', family: 'repeal-note', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, profile, settings, report}) => {
    const index = profile ? profileIndex(profile) : undefined
    const ownPrefixes = profile?.issuers.find((issuer) => issuer.name === notice.issuer)?.prefixes ?? []
    // Own prefixes first, so that a tie suggests the issuer's own 代字.
    const prefixes = [...new Set([...ownPrefixes, ...(index?.prefixes ?? [])])]
    const seen = new Map<string, RepealNote>()

    for (const note of notice.repealNotes) {
      const number = note.number
      if (!number) continue
      const parts = parseDocNumber(number.text)
      if (!parts) {
        report({messageId: 'unreadable', data: {number: number.text}, at: number})
        continue
      }
      const canonical = canonicalDocNumber(parts)
      if (!canonical) {
        report({messageId: 'unreadable', data: {number: number.text}, at: number})
        continue
      }
      if (!CANONICAL_NUMBER.test(number.text) || /^0/.test(parts.sequence)) {
        report({messageId: 'malformed', data: {number: number.text, expected: canonical}, at: number})
      }
      if (profile && !prefixes.includes(parts.prefix)) {
        const nearest = nearestNames(parts.prefix, prefixes, {maxDistance: 2, limit: 1})[0]
        if (nearest) {
          const expected = canonical.replace(parts.prefix, nearest.name)
          report({messageId: 'foreign-prefix', data: {number: number.text, prefix: parts.prefix, county: profile.county, expected}, at: number, expected: [expected]})
        } else {
          const list = listAnd(prefixes, settings.lang, {quote: true})
          report({messageId: 'unknown-prefix', data: {number: number.text, prefix: parts.prefix, county: profile.county, prefixes: list}, at: number})
        }
      }

      const key = canonical
      const entry = index?.entriesByNumber.get(key)?.[0]
      const title = note.title
      const iso = note.date ? isoDate(note.date.text) : undefined
      const knowsTitle = Boolean(entry && (entry.title || entry.noticeTitle))
      const knowsDate = Boolean(entry?.date)
      if (entry && title && knowsTitle && !registryTitles(entry).has(normalizeTitle(title.text))) {
        const expected = entry.title ?? entry.noticeTitle!
        report({messageId: 'registry-title', data: {number: canonical, expected, title: title.text}, at: title, expected: [expected]})
      }
      if (entry?.date && note.date && iso && iso !== entry.date) {
        const expected = chineseDate(entry.date)
        report({messageId: 'registry-date', data: {number: canonical, expected, date: note.date.text}, at: note.date, expected: [expected]})
      }

      // Two notes naming one number: they must agree where the registry does not settle it.
      const first = seen.get(key)
      if (!first) {
        seen.set(key, note)
        continue
      }
      if (!knowsTitle && title && first.title && normalizeTitle(title.text) !== normalizeTitle(first.title.text)) {
        report({messageId: 'inconsistent-title', data: {number: canonical, other: first.title.text, line: first.title.position.start.line, title: title.text}, at: title})
      }
      const firstIso = first.date ? isoDate(first.date.text) : undefined
      if (!knowsDate && note.date && first.date && iso && firstIso && iso !== firstIso) {
        report({messageId: 'inconsistent-date', data: {number: canonical, other: first.date.text, line: first.date.position.start.line, date: note.date.text}, at: note.date})
      }
    }
  },
)
