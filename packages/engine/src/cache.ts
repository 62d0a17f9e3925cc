/**
 * The content cache (`--cache`): findings of unchanged drafts, keyed by the draft's content hash, the
 * resolved config (profile and registry included), the run's today and the tool's build. The index is part
 * of an entry's validity: a draft whose number another draft starts or stops sharing is linted again.
 *
 * A draft's content is known without reading it while its file stamp (size, modification and change times,
 * inode: draft-store.ts `fileStampOf`) is the one the entry recorded when it hashed those bytes; any other
 * stamp (a fresh CI checkout, a touched file) has the file read and hashed, and an unchanged hash is still
 * answered from the cache, its new stamp kept for the next run.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {codeFolders, readTextFileSync, writeFileAtomic, type DraftSummary, type ResolvedConfig, type SerializedMessage} from '@gazette-lint/core'
import {isCacheEntry} from './cache-schema.js'
import {sha256} from './draft-store.js'
import type {DraftFacts} from './pipeline.js'

/** 3: the file is written in UTF-16 (format 2 was UTF-8, ignored as any other format). */
const CACHE_FORMAT = 3

export interface CacheEntry {
  key: string
  /** The content hash of the draft's bytes (part of `key`). */
  hash?: string
  /** The file's stamp when those bytes were read: while it holds, the file still has them. */
  fileStamp?: string
  facts: DraftFacts
  /** Other drafts carrying the same number when the entry was written. */
  peers: string[]
  messages: SerializedMessage[]
  summary: DraftSummary
}

interface CacheFile {
  format: number
  /** sha256 of the entries' JSON as written: the file is as this cache wrote it (absent in older files). */
  checksum?: string
  entries: Record<string, CacheEntry>
}

/**
 * How the cache writes its file: UTF-16LE after a byte order mark, the entries' JSON last, after their checksum,
 * so that a reader can hash those bytes without writing them again. Checking every entry against its schema
 * instead cost a warm run of 1,000 drafts more than a fifth of its time (compiling the schema, then 1,000
 * validations). UTF-16 because most of the file is Chinese findings: decoding 4.5 MB of UTF-8 into the string
 * JSON.parse reads cost a warm run of 1,000 drafts ~20 ms, copying 9 MB of UTF-16 a few.
 */
const HEAD = /^\{"format":(\d+),"checksum":"([0-9a-f]{64})","entries":/
/** The head's length in characters: `{"format":3,"checksum":"<64 hex digits>","entries":`. */
const HEAD_LENGTH = 128
// Bytes, not Buffers made at import: the web page's worker bundles this module and has no Buffer (it keeps no cache).
const BYTE_ORDER_MARK = '\uFEFF'
const isByteOrderMark = (bytes: Buffer) => bytes[0] === 0xff && bytes[1] === 0xfe
/** `}` in UTF-16LE. */
const endsWithClosingBrace = (bytes: Buffer) => bytes.at(-2) === 0x7d && bytes.at(-1) === 0

function fileBytes(entriesJson: string): Buffer {
  const entries = Buffer.from(entriesJson, 'utf16le')
  const head = Buffer.from(`${BYTE_ORDER_MARK}{"format":${CACHE_FORMAT},"checksum":"${sha256(entries)}","entries":`, 'utf16le')
  return Buffer.concat([head, entries, Buffer.from('}', 'utf16le')])
}

/**
 * The file's text, and whether its entries' bytes are the ones its checksum vouches for. A file without the byte
 * order mark (an older cache, one a person rewrote) is read as UTF-8 and never intact: its entries are checked.
 */
function readCacheBytes(bytes: Buffer): {text: string; intact: boolean} {
  if (!isByteOrderMark(bytes)) return {text: bytes.toString('utf8'), intact: false}
  // An odd byte left over is no UTF-16 the cache wrote: the closing brace then fails to match.
  const text = bytes.toString('utf16le', 2)
  const head = HEAD.exec(text.slice(0, HEAD_LENGTH))
  const entriesStart = head ? 2 + head[0].length * 2 : 0
  const intact = head !== null && endsWithClosingBrace(bytes) && bytes.length % 2 === 0 && head[2] === sha256(bytes.subarray(entriesStart, -2))
  return {text, intact}
}

export class LintCache {
  private entries: Record<string, CacheEntry> = {}
  private dirty = false
  /** The file read is byte for byte what this cache wrote (its checksum holds): its entries need no check. */
  private intact = false
  /** Drafts whose entries this run made. */
  private readonly written = new Set<string>()

  constructor(
    readonly location: string,
    private readonly warn: (text: string) => void,
  ) {
    let bytes: Buffer
    try {
      bytes = readFileSync(location)
    } catch {
      return
    }
    try {
      // Not decoded strictly: bytes that are not what the cache wrote fail the checksum, and each entry is then checked by its shape.
      const {text, intact} = readCacheBytes(bytes)
      const data = JSON.parse(text) as CacheFile
      if (data?.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
        this.entries = data.entries
        this.intact = intact
      }
    } catch {
      this.warn(`gazette-lint：缓存文件 ${location} 无法读取，已忽略并将重建（cache file unreadable, rebuilt）\n`)
      this.dirty = true
    }
  }

  /** The entry of a draft under this key; an entry of any other shape than the cache writes is a miss. */
  get(draft: string, key: string): CacheEntry | undefined {
    const entry: unknown = Object.hasOwn(this.entries, draft) ? this.entries[draft] : undefined
    return (entry as CacheEntry | undefined)?.key === key && (this.intact || isCacheEntry(entry)) ? (entry as CacheEntry) : undefined
  }

  /** The content hash of a draft whose file still has the stamp its entry recorded. */
  hashByStamp(draft: string, fileStamp: string): string | undefined {
    const entry = Object.hasOwn(this.entries, draft) ? (this.entries[draft] as Partial<CacheEntry> | null) : undefined
    return entry?.fileStamp === fileStamp && typeof entry.hash === 'string' ? entry.hash : undefined
  }

  /** A draft answered from its entry after its bytes were hashed: the entry vouches for them under its new stamp from now on. */
  restamp(entry: CacheEntry, hash: string, fileStamp: string | undefined): void {
    if (!fileStamp || (entry.fileStamp === fileStamp && entry.hash === hash)) return
    Object.assign(entry, {hash, fileStamp})
    this.dirty = true
  }

  set(draft: string, entry: CacheEntry): void {
    this.entries[draft] = entry
    this.written.add(draft)
    this.dirty = true
  }

  /** Writes the cache atomically; a failure to write only loses the cache, never the report. */
  save(): void {
    if (!this.dirty) return
    try {
      // The checksum vouches for every entry written under it: one read from a file that was not intact is kept only if it is an entry.
      const kept = Object.entries(this.entries).filter(([draft, entry]) => this.intact || this.written.has(draft) || isCacheEntry(entry))
      const sorted = Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      writeFileAtomic(this.location, fileBytes(JSON.stringify(sorted)))
      this.dirty = false
    } catch (error) {
      this.warn(`gazette-lint：无法写入缓存 ${this.location}：${(error as Error).message}\n`)
    }
  }
}

let buildStamp: string | undefined

/** Written beside a bundle's modules by scripts/bundle.mjs: the hash of the bundle's build. */
const TOOL_STAMP_FILE = 'tool-stamp.txt'

/**
 * The tool's version and build: every compiled file of the linter, by size and content hash of its list; a
 * bundle's build was hashed once when it was made (its `tool-stamp.txt`), so a run does not walk it again.
 */
export function toolStamp(version: string): string {
  if (buildStamp) return buildStamp
  const parts: string[] = [version]
  codeFolders().forEach((root, index) => {
    const built = readStampFile(path.join(root, TOOL_STAMP_FILE))
    if (built) {
      parts.push(`${index}:built:${built}`)
      return
    }
    const walk = (folder: string) => {
      for (const name of readdirSync(folder, {withFileTypes: true})) {
        const full = path.join(folder, name.name)
        if (name.isDirectory()) walk(full)
        else if (name.name.endsWith('.js')) parts.push(`${index}/${path.relative(root, full)}:${statSync(full).size}:${sha256(readTextFileSync(full))}`)
      }
    }
    try {
      walk(root)
    } catch {
      parts.push(`${index}:missing`)
    }
  })
  buildStamp = sha256(parts.sort().join('\n'))
  return buildStamp
}

function readStampFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'latin1').trim() || undefined
  } catch {
    return undefined
  }
}

const configStamps = new WeakMap<ResolvedConfig, string>()

/** Everything in a resolved config that can change a finding: levels, options, language, profiles, registry. */
function configStamp(resolved: ResolvedConfig): string {
  let stamp = configStamps.get(resolved)
  if (!stamp) {
    const {settings} = resolved
    stamp = sha256(
      JSON.stringify({
        levels: [...resolved.levels].sort(),
        options: [...resolved.options].sort(([a], [b]) => a.localeCompare(b)),
        lang: settings.lang,
        stage: settings.stage,
        profile: settings.profile ?? null,
        profiles: settings.profiles,
        registryExtras: settings.registryExtras,
        units: settings.units,
        allowedFrontMatterKeys: settings.allowedFrontMatterKeys,
      }),
    )
    configStamps.set(resolved, stamp)
  }
  return stamp
}

/** The key of a draft's entry: its bytes, its config, the run's today and the tool. */
export function entryKey(contentHash: string, resolved: ResolvedConfig, today: string, tool: string): string {
  return sha256(`${contentHash}\u0000${configStamp(resolved)}\u0000${today}\u0000${tool}`)
}
