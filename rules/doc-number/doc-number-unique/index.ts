import path from 'node:path'
import {defineRule, listAnd, mayBeTwoFormsOfOneDraft, numberKey, profileIndex, type LintSettings, type RegistryEntry} from '@gazette-lint/core'
import type {VFile} from 'vfile'
import {description, messages} from './messages.js'

const strip = (text: string) => text.replace(/\s+/gu, '')

/**
 * The registry entry is the draft itself (a published notice linted again): its notice title (or, for a
 * direct notice, its title) is the draft's title, with or without the issuer in front.
 */
function isSameDocument(entry: RegistryEntry, draftTitles: string[]): boolean {
  const titles = [entry.noticeTitle, entry.title].filter((title): title is string => Boolean(title)).map(strip)
  return draftTitles.some((title) => titles.includes(strip(title)))
}

/**
 * The other drafts of this run that carry one of `keys` (their number as written, or canonical). The one
 * place the rule reads the run: today the run's numbers in `LintSettings.runNumbers` (canonical number →
 * paths, filled before the rules run); a draft linted alone has none.
 */
function otherDraftsNumbered(settings: LintSettings, file: VFile, keys: Iterable<string>): string[] {
  const run = settings.runNumbers
  if (!run) return []
  const carriers = [...keys].flatMap((key) => run.get(key) ?? [])
  // Most numbers are carried by this draft alone: its path is resolved only when another may carry it too.
  if (carriers.every((other) => other === file.path)) return []
  const self = file.path ? path.resolve(file.cwd, file.path) : undefined
  const others = new Set<string>()
  for (const other of carriers) {
    // A draft without a path (stdin, an unsaved editor buffer) cannot be named, nor told from this one.
    if (!other || (self && path.resolve(file.cwd, other) === self)) continue
    if (self && isOtherForm(settings, file, self, path.resolve(file.cwd, other))) continue
    others.add(other)
  }
  return [...others]
}

/**
 * One draft in two forms: a Word document and the Markdown draft `gazette-lint convert` made of it (`通知.docx`,
 * `通知.md`, in any folders), with the same title as well as the same number.
 */
function isOtherForm(settings: LintSettings, file: VFile, self: string, other: string): boolean {
  if (!mayBeTwoFormsOfOneDraft(self, other)) return false
  for (const drafts of settings.runTitles?.values() ?? []) {
    const resolved = drafts.map((draft) => path.resolve(file.cwd, draft))
    if (resolved.includes(self) && resolved.includes(other)) return true
  }
  return false
}

export default defineRule(
  {id: 'doc-number-unique', family: 'doc-number', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, profile, settings, file, report}) => {
    const number = notice.number
    // A number not assigned yet (`陵政办发〔2026〕　号`) is shared by every draft waiting for one.
    if (!number || number.parts.placeholder) return
    const key = numberKey(number.text)
    const shown = number.canonical ?? number.text

    // The registry part needs the county profile; without one it is skipped (profile-missing says so).
    if (profile) {
      const draftTitles = notice.title ? [notice.title.subject.text, notice.title.text] : []
      const entries = profileIndex(profile).entriesByNumber.get(key) ?? []
      const entry = entries.find((candidate) => candidate.status !== 'repealed' && !isSameDocument(candidate, draftTitles))
      if (entry) {
        // Book-title marks inside a title quoted in 《》 become 〈〉.
        const title = (entry.noticeTitle ?? entry.title)?.replace(/《/gu, '〈').replace(/》/gu, '〉')
        if (title) report({messageId: 'published', data: {number: shown, title}, at: number})
        else report({messageId: 'published-untitled', data: {number: shown, source: entry.source ?? entry.date ?? entry.number}, at: number})
      }
    }

    const others = otherDraftsNumbered(settings, file, new Set([key, number.text, strip(number.text)]))
    // filesCount lets a terminal reporter show a long list as its first few files and a count.
    if (others.length > 0) {
      const related = others.map((other) => ({file: other, element: 'number' as const, messageId: 'in-run-other', data: {number: shown}}))
      report({messageId: 'in-run', data: {number: shown, files: listAnd(others, settings.lang), filesCount: others.length}, at: number, related})
    }
  },
)
