import path from 'node:path'
import {canonicalDocNumber, defineRule, listAnd, parseDocNumber, type RegistryEntry} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The comparison key of a number: its canonical form when it can be rebuilt, else the text without spaces. */
const strip = (text: string) => text.replace(/\s+/gu, '')

function numberKey(text: string, canonical: string | undefined): string {
  return canonical ?? strip(text)
}

/**
 * The registry entry is the draft itself (a published notice linted again): its notice title (or, for a
 * direct notice, its title) is the draft's title, with or without the issuer in front.
 */
function isSameDocument(entry: RegistryEntry, draftTitles: string[]): boolean {
  const titles = [entry.noticeTitle, entry.title].filter((title): title is string => Boolean(title)).map(strip)
  return draftTitles.some((title) => titles.includes(strip(title)))
}

export default defineRule(
  {id: 'doc-number-unique', family: 'doc-number', severity: 'error', fixable: false, description, messages},
  ({notice, profile, settings, file, report}) => {
    const number = notice.number
    if (!number) return
    const canonical = canonicalDocNumber(number.parts)
    const key = numberKey(number.text, canonical)
    const shown = canonical ?? number.text

    // The registry part needs the county profile; without one it is skipped (profile-missing says so).
    if (profile) {
      const draftTitles = notice.title ? [notice.title.subject.text, notice.title.text] : []
      const entry = profile.registry.find((candidate) => {
        if (candidate.status === 'repealed') return false
        const parts = parseDocNumber(candidate.number)
        return numberKey(candidate.number, parts ? canonicalDocNumber(parts) : undefined) === key && !isSameDocument(candidate, draftTitles)
      })
      if (entry) {
        // Book-title marks inside a title quoted in 《》 become 〈〉.
        const title = (entry.noticeTitle ?? entry.title)?.replace(/《/gu, '〈').replace(/》/gu, '〉')
        if (title) report({messageId: 'published', data: {number: shown, title}, at: number})
        else report({messageId: 'published-untitled', data: {number: shown, source: entry.source ?? entry.date ?? entry.number}, at: number})
      }
    }

    // The drafts of this run (filled by the CLI when it lints several files).
    const run = settings.runNumbers
    if (run) {
      const self = file.path ? path.resolve(file.cwd, file.path) : undefined
      const others = new Set<string>()
      for (const candidateKey of new Set([key, number.text, strip(number.text)])) {
        for (const other of run.get(candidateKey) ?? []) {
          // A draft without a path (stdin, an unsaved editor buffer) cannot be named, nor told from this one.
          if (!other || (self && path.resolve(file.cwd, other) === self)) continue
          others.add(other)
        }
      }
      if (others.size > 0) report({messageId: 'in-run', data: {number: shown, files: listAnd([...others], settings.lang)}, at: number})
    }
  },
)
