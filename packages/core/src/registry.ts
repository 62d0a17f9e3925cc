/**
 * A published notice as a registry entry: what `learn` records of each notice of a gazette, and what the
 * config's `registry` folders (a draft repository's `published/`) contribute, from the same Notice model.
 */
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readDraftTextSync, readTextFileSync} from './loader.js'
import {buildNotice} from './notice/build.js'
import type {Notice} from './notice/types.js'
import type {Profile, RegistryEntry} from './profile.js'
import {isoDate} from './recognisers/date.js'
import {numberKey} from './recognisers/doc-number.js'
import {namesDocument} from './recognisers/title.js'

/** The title of the document a notice issues: the enclosure heading, else the quoted or named title. */
export function issuedTitle(notice: Notice): string | undefined {
  const subject = notice.title?.subject.text
  if (!subject) return undefined
  const enclosure = notice.sections.find((section) => section.kind === 'enclosure')?.heading?.text
  if (notice.title?.issuesDocument) {
    if (enclosure) return enclosure
    const quoted = notice.title.quotedTitles[0]?.text
    if (quoted) return quoted
    const named = /^关于(?:印发|转发|下发|颁发)(.+)的[^的]+$/u.exec(subject)?.[1]
    // Several documents named in one title (`绛县生产安全事故应急预案、防汛抗旱应急预案…`): the first.
    const parts = named?.split(/、|和/u) ?? []
    if (parts.length > 1 && parts.every((part) => namesDocument(part))) return parts[0]
    return named
  }
  return enclosure ?? subject
}

/** The registry entry of a published notice, or undefined when it names no issuer or carries no number. */
export function registryEntryFromNotice(notice: Notice, source: string): RegistryEntry | undefined {
  const issuer = notice.issuerHeader?.text ?? notice.title?.issuer?.text
  const number = notice.number && !notice.number.misplaced ? notice.number : undefined
  if (!issuer || !number) return undefined
  // Spaces in a printed title are the PDF text layer's (`2023 年`): a title has none.
  const entry: RegistryEntry = {
    number: numberKey(number.text),
    title: issuedTitle(notice)?.replace(/\s+/gu, ''),
    noticeTitle: notice.title?.subject.text.replace(/\s+/gu, ''),
    date: isoDate(notice.date?.text),
    issuer,
    status: 'published',
    source,
  }
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as RegistryEntry
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** The Notice of a draft's text, parsed as the lint pipeline parses it (for learn and registry folders). */
export function noticeFromText(text: string): Notice {
  return buildNotice(parser.parse(text), text)
}

function draftEntry(file: string, baseDir: string): RegistryEntry | undefined {
  return registryEntryFromNotice(noticeFromText(readDraftTextSync(file)), path.relative(baseDir, file).split(path.sep).join('/'))
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
    if (!stat) throw new Error(`${reference}: no such file or folder`)
    if (stat.isDirectory()) {
      for (const name of readdirSync(resolved).sort()) if (/\.(json|md|markdown)$/i.test(name)) readOne(path.join(resolved, name))
    } else readOne(resolved)
  }
  return entries
}
