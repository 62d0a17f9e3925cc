import {defineRule, isoOfParts, issuedDocuments, issuingSentence, normalizeTitle, numberKey, profileIndex, type RegistryEntry} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'repeal-note-missing', family: 'repeal-note', severity: 'warning', type: 'suggestion', fixable: false, needsProfile: true, description, messages},
  ({notice, profile, report}) => {
    if (!profile) return
    const index = profileIndex(profile)
    const notes = notice.repealNotes
    const named = (title: string | undefined, number: string | undefined) =>
      notes.some(
        (note) =>
          (title !== undefined && note.title && normalizeTitle(note.title.text) === normalizeTitle(title)) ||
          (number !== undefined && note.number && numberKey(note.number.text) === numberKey(number)),
      )

    // The predecessors the front matter declares: checked below, against the notes.
    const repeals = notice.frontMatter?.data?.repeals
    const declared = (Array.isArray(repeals) ? repeals : []).filter(
      (entry): entry is {title: string; number?: unknown} => Boolean(entry) && typeof entry === 'object' && typeof entry.title === 'string',
    )
    const isDeclared = (entry: RegistryEntry) =>
      declared.some(
        (item) =>
          (entry.title !== undefined && normalizeTitle(item.title) === normalizeTitle(entry.title)) ||
          (typeof item.number === 'string' && numberKey(item.number) === index.numberKeyOf.get(entry)),
      )

    // Published documents of the same issuer that the draft re-issues under the same title.
    const issuer = profile.issuers.find((known) => known.name === notice.issuer)
    const ownNumber = notice.number ? numberKey(notice.number.text) : undefined
    const draftDate = notice.date?.parts ? isoOfParts(notice.date.parts) : undefined
    const isCandidate = (entry: RegistryEntry) => {
      if (entry.status === 'repealed') return false
      if (ownNumber && index.numberKeyOf.get(entry) === ownNumber) return false
      if (draftDate && entry.date && entry.date > draftDate) return false
      if (entry.issuer) return entry.issuer === notice.issuer
      return Boolean(issuer?.prefixes.some((prefix) => entry.number.startsWith(prefix + '〔')))
    }
    const reported = new Set<RegistryEntry>()
    if (notice.issuer) {
      // What the draft issues, with where it is named: a predecessor's title among them is re-issued.
      for (const document of issuedDocuments(notice)) {
        for (const entry of index.entriesByTitle.get(normalizeTitle(document.text)) ?? []) {
          if (reported.has(entry) || !isCandidate(entry)) continue
          reported.add(entry)
          // Declared in the front matter: the front-matter check below speaks for it.
          if (named(entry.title, entry.number) || isDeclared(entry)) continue
          const title = entry.title ?? document.text
          const note = `原《${title}》（${entry.number}）同时废止。`
          // Where the note is written: right after the cover's sentence that issues the document (CATALOG §3.12).
          const sentence = issuingSentence(notice)
          if (sentence) report({messageId: 'missing-after', data: {title, number: entry.number, note}, at: sentence.end, expected: [note]})
          else report({messageId: 'missing', data: {title, number: entry.number, note}, at: document, expected: [note]})
        }
      }
    }

    // Each predecessor the front matter declares has its note in the text.
    const at = notice.frontMatter?.keys.repeals
    if (!at) return
    for (const entry of declared) {
      const number = typeof entry.number === 'string' ? entry.number : undefined
      if (named(entry.title, number)) continue
      report({messageId: 'front-matter', data: {title: entry.title, number: number ? `（${number}）` : ''}, at})
    }
  },
)
