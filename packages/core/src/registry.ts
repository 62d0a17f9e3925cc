/**
 * A published notice as a registry entry: what `learn` records of each notice of a gazette, and what the
 * config's `registry` folders (a draft repository's `published/`) contribute, from the same Notice model.
 */
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {reasonOf} from './catalogue/files.js'
import {readDraftTextSync, readTextFileSync} from './loader.js'
import {noticeFromText} from './notice/from-text.js'
import type {Notice} from './notice/types.js'
import {issuedDocuments} from './notice/views.js'
import type {Profile, RegistryEntry} from './profile.js'
import {isoDate} from './recognisers/date.js'
import {numberKey} from './recognisers/doc-number.js'

/** The registry entry of a published notice, or undefined when it names no issuer or carries no number. */
export function registryEntryFromNotice(notice: Notice, source: string): RegistryEntry | undefined {
  const issuer = notice.issuerHeader?.text ?? notice.title?.issuer?.text
  const number = notice.number && !notice.number.misplaced ? notice.number : undefined
  if (!issuer || !number) return undefined
  // Spaces in a printed title are the PDF text layer's (`2023 年`): a title has none.
  const entry: RegistryEntry = {
    number: numberKey(number.text),
    // The document the notice issues; of several, the first.
    title: issuedDocuments(notice)[0]?.text.replace(/\s+/gu, ''),
    noticeTitle: notice.title?.subject.text.replace(/\s+/gu, ''),
    date: isoDate(notice.date?.text),
    issuer,
    status: 'published',
    source,
  }
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as RegistryEntry
}

function draftEntry(file: string, baseDir: string): RegistryEntry | undefined {
  return registryEntryFromNotice(noticeFromText(readDraftTextSync(file)), path.relative(baseDir, file).split(path.sep).join('/'))
}

/** A `registry` reference of a config that cannot be read: missing, unreadable or not JSON. */
export class RegistryError extends Error {
  constructor(
    readonly reference: string,
    readonly missing: boolean,
    /** The read's error code, or the parser's words. */
    readonly reason: string,
  ) {
    super(missing ? `${reference}: no such file or folder` : `cannot read ${reference}: ${reason}`)
    this.name = 'RegistryError'
  }
}

/**
 * Registry entries from the config's `registry`: JSON files (an array of entries, or a profile), published
 * drafts in Markdown, or folders of either (a draft repository's `published/`).
 */
export function loadRegistryExtras(references: string[], baseDir: string): RegistryEntry[] {
  const entries: RegistryEntry[] = []
  const readOne = (file: string) => {
    if (/\.(md|markdown)$/i.test(file)) {
      const entry = draftEntry(file, baseDir)
      if (entry) entries.push(entry)
      return
    }
    const data = JSON.parse(readTextFileSync(file)) as unknown
    if (Array.isArray(data)) entries.push(...(data as RegistryEntry[]))
    else if (data && typeof data === 'object' && Array.isArray((data as Profile).registry)) entries.push(...(data as Profile).registry)
  }
  for (const reference of references) {
    const resolved = path.resolve(baseDir, reference)
    const stat = statSync(resolved, {throwIfNoEntry: false})
    if (!stat) throw new RegistryError(reference, true, 'ENOENT')
    const readNamed = (file: string) => {
      try {
        readOne(file)
      } catch (error) {
        throw new RegistryError(path.relative(baseDir, file) || reference, false, reasonOf(error))
      }
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(resolved).sort()) if (/\.(json|md|markdown)$/i.test(name)) readNamed(path.join(resolved, name))
    } else readNamed(resolved)
  }
  return entries
}
