import {lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats} from 'node:fs'
import {isUtf8} from 'node:buffer'
import path from 'node:path'
import {TextDecoder} from 'node:util'
import type {ListedPath} from '@gazette-lint/engine'
import {glob, isDynamicPattern} from 'tinyglobby'
import {closestName} from '@gazette-lint/core'
import {UsageError} from './options.js'

/** Drafts in a folder: Markdown, and Word documents (`.docx`). */
const DRAFT_EXTENSION = /\.(md|markdown|docx)$/i
/** The owner file Word leaves beside a document while it is open (`~$通知.docx`): no document. */
const WORD_OWNER_FILE = /^~\$/u
const ALWAYS_IGNORED_NAMES = new Set(['node_modules', '.git'])
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

/** A symlink inside a searched folder that leads back to a folder the search is already in. */
export interface SymlinkLoop {
  /** The link, absolute. */
  link: string
  /** The folder it leads back to, absolute. */
  target: string
}

export interface FileListing {
  /** Drafts to lint, sorted by path, each real file once; entries that cannot be read carry their error. */
  files: ListedPath[]
  /** Named explicitly on the command line but ignored by config: told, not linted. */
  ignoredExplicit: string[]
  /** Links not followed, so that no draft is linted twice. */
  loops: SymlinkLoop[]
}

/** An entry that is neither a file nor a folder (a FIFO, a socket, a device) found in a folder: never read. */
class NotAFileError extends Error {
  readonly code = 'ENOTFILE'
  constructor() {
    super('not a regular file (a FIFO, a socket or a device)')
  }
}

/**
 * Expands files, folders (their Markdown and Word drafts) and globs; a name that is none of them but near one of
 * `commands` (`lern`) is told as the command it most likely meant. `isIgnored` applies the config's ignore
 * globs, which are relative to the config file that holds them. A folder is searched with symlinks
 * followed once (a link back to a folder being searched is a loop, told and not followed), and a file
 * reached by two paths is linted once, under the first. What cannot be read (a folder without
 * permission, a symlink loop named on the command line, a dangling link) is listed with its error, to
 * be reported as that entry's finding; a name that is not UTF-8 is listed under a readable name with its
 * own bytes to open it by.
 */
export async function listFiles(patterns: string[], cwd: string, isIgnored: (absolute: string) => boolean, commands: readonly string[] = []): Promise<FileListing> {
  const listed: Array<ListedPath & {real?: string}> = []
  const ignoredExplicit: string[] = []
  const loops: SymlinkLoop[] = []
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    let stat: Stats | undefined
    try {
      stat = statSync(absolute, {throwIfNoEntry: false})
    } catch (error) {
      // A symlink loop, a folder above without permission: the entry is reported, the run goes on.
      listed.push({path: absolute, error})
      continue
    }
    if (stat?.isDirectory()) {
      walk(absolute, Buffer.from(absolute), listed, loops, isIgnored, [realOf(absolute)])
      continue
    }
    if (stat) {
      // Named on the command line: a FIFO or a device (`/dev/stdin`, `<(…)`) is read as the user asked.
      if (isIgnored(absolute)) ignoredExplicit.push(absolute)
      else listed.push({path: absolute, real: stat.isFile() ? realOf(absolute) : undefined})
      continue
    }
    if (lstatSync(absolute, {throwIfNoEntry: false})?.isSymbolicLink()) {
      listed.push({path: absolute, error: Object.assign(new Error(`symlink to a missing file: ${pattern}`), {code: 'ENOENT'})})
      continue
    }
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern.split(path.sep).join('/'), {cwd, absolute: true, ignore: ALWAYS_IGNORED})
      if (matches.length === 0) throw new UsageError('no-match', {pattern})
      for (const match of matches) {
        const file = path.normalize(match)
        if (!isIgnored(file)) listed.push({path: file, real: realOf(file)})
      }
      continue
    }
    // A command named after an option (`--lang en init`) is taken for a path: the command comes first.
    const command = commands.includes(pattern) ? pattern : /^[a-z]+$/.test(pattern) ? closestName(pattern, commands) : undefined
    throw new UsageError('no-such-path', {path: pattern, command})
  }
  // One entry per real file: the one named by its own path if any, else the shortest, else the first.
  const chosen = new Map<string, ListedPath & {real?: string}>()
  const rank = (entry: ListedPath & {real?: string}) => [entry.path === entry.real ? 0 : 1, entry.path.length, entry.path] as const
  for (const entry of listed) {
    const identity = entry.real ?? entry.path
    const held = chosen.get(identity)
    if (!held || compareRanks(rank(entry), rank(held)) < 0) chosen.set(identity, entry)
  }
  const files = [...chosen.values()].map(({real: _real, ...entry}) => entry as ListedPath)
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {files, ignoredExplicit, loops}
}

function compareRanks(a: readonly [number, number, string], b: readonly [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)
}

function realOf(absolute: string): string | undefined {
  try {
    return realpathSync(absolute)
  } catch {
    return undefined
  }
}

/**
 * The drafts under a folder, Markdown and Word (hidden entries, node_modules and Word's `~$` owner files skipped). `raw` is the folder's path
 * as bytes, so that a folder or file whose name is not UTF-8 can still be opened; `within` holds the real
 * paths of the folders being searched, to tell a symlink that leads back into them.
 */
function walk(
  folder: string,
  raw: Buffer,
  listed: Array<ListedPath & {real?: string}>,
  loops: SymlinkLoop[],
  isIgnored: (absolute: string) => boolean,
  within: Array<string | undefined>,
): void {
  let entries: Array<Dirent<Buffer>>
  try {
    entries = readdirSync(raw, {withFileTypes: true, encoding: 'buffer'})
  } catch (error) {
    listed.push({path: folder, error})
    return
  }
  for (const entry of entries) {
    const {name, readable} = nameOf(entry.name)
    if (name.startsWith('.') || ALWAYS_IGNORED_NAMES.has(name) || WORD_OWNER_FILE.test(name)) continue
    const full = path.join(folder, name)
    const rawFull = Buffer.concat([raw, Buffer.from(path.sep), entry.name])
    const rawPath = readable ? undefined : rawFull
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      let target: Stats
      try {
        target = statSync(rawFull)
      } catch (error) {
        if (DRAFT_EXTENSION.test(name) && !isIgnored(full)) listed.push({path: full, rawPath, error})
        continue
      }
      isDirectory = target.isDirectory()
      isFile = target.isFile()
      if (isDirectory) {
        const real = realOf(full)
        if (real && within.includes(real)) {
          loops.push({link: full, target: real})
          continue
        }
      }
    }
    if (isDirectory) walk(full, rawFull, listed, loops, isIgnored, [...within, realOf(full)])
    else if (DRAFT_EXTENSION.test(name) && !isIgnored(full)) {
      // A file that is no link is where its folder really is: one realpath per folder, not per draft.
      const folderReal = within[within.length - 1]
      const real = !readable ? undefined : entry.isSymbolicLink() || folderReal === undefined ? realOf(full) : path.join(folderReal, name)
      if (isFile) listed.push({path: full, rawPath, real})
      else listed.push({path: full, rawPath, error: new NotAFileError()})
    }
  }
}

const gb18030 = new TextDecoder('gb18030', {fatal: true})

/**
 * A file name as reports show it. A name that is not UTF-8 (a Windows archive unpacked on Linux leaves
 * GBK names) is shown decoded as GB18030 when it is that, else with its bytes escaped (`\xcd`).
 */
function nameOf(bytes: Buffer): {name: string; readable: boolean} {
  if (isUtf8(bytes)) return {name: bytes.toString('utf8'), readable: true}
  try {
    return {name: gb18030.decode(bytes), readable: false}
  } catch {
    return {name: Array.from(bytes, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16)}`)).join(''), readable: false}
  }
}
