/**
 * The drafts a session knows: each one's record (where it is, how its bytes were read and decoded, what was
 * modelled of it or why it failed), and the cross-file index of numbers and titles made from them. Reading
 * and decoding happen here, in one place; modelling goes to the workbench of the session's own thread.
 */
import {createHash} from 'node:crypto'
import {statSync, type BigIntStats} from 'node:fs'
import path from 'node:path'
import {
  decodeBytes,
  FileTooLargeError,
  isWordDraftPath,
  readBytesLimited,
  readBytesLimitedSync,
  readWordDraft,
  type DraftSummary,
  type Encoding,
  type WordFacts,
  type WordSource,
} from '@gazette-lint/core'
import {DraftWorkbench, type ModelJob, type ModelReply} from './backend.js'
import {DraftIndex} from './draft-index.js'
import type {Decoding} from './encoding-findings.js'
import {failure, type Failure} from './fatal.js'
import type {DraftFacts} from './pipeline.js'

/**
 * A path to lint that the lister already knows more about: a file whose name is not UTF-8 (opened by its
 * bytes, reported by a readable name), or an entry that could not be listed (reported as its failure).
 */
export interface ListedPath {
  /** The path reports name it by. */
  path: string
  /** The name's own bytes, to open a file whose name is not valid UTF-8. */
  rawPath?: Buffer
  /** Why it cannot be read (a folder without permission, a symlink loop): its `fatal` finding. */
  error?: unknown
}

export interface DraftRecord {
  absolute: string
  path: string
  /** Text an editor handed over (`update`): used instead of the file on disk until `remove`. */
  inMemory: boolean
  /** The draft's text; while `undecoded` or `unread` holds, not yet known (`DraftStore.textOf` reads and decodes it). */
  text?: string
  /**
   * Bytes read but not decoded yet: a draft the cache answers needs only their hash, so its text is decoded
   * only if something asks for it (a baseline, the review sheet, a fix).
   */
  undecoded?: Uint8Array
  /**
   * Not even read: the cache vouched for the file's content by its size, times and inode (`FileStamp`), so its
   * bytes are read only if something asks for its text.
   */
  unread?: boolean
  /** The file's stamp taken just before its bytes were read, when it may vouch for them on a later run. */
  fileStamp?: string
  encoding?: Encoding
  decoding?: Decoding
  /** The bytes of a name that is not valid UTF-8, to open the file by. */
  rawPath?: Buffer
  /** A Word draft: `text` is its rendering; where each character stands in the document, and what else it records. */
  word?: {source: WordSource; facts: WordFacts}
  /** A Word document's bytes handed over by `update`, read when the draft is next linted. */
  wordBytes?: Uint8Array
  contentHash?: string
  /** Size and time of the file when read, for `revalidate`. */
  stamp?: string
  facts?: DraftFacts
  summary?: DraftSummary
  failure?: Failure
}

export interface DraftReading {
  cwd: string
  /** Files larger than this many bytes are not read. */
  maxFileSize: number
  /** Read every draft in this encoding instead of telling it from its bytes. */
  encoding?: Encoding
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

/** Size and modification time of a file, undefined when it is gone. */
export const stampOf = (absolute: string) => {
  const stat = statSync(absolute, {throwIfNoEntry: false})
  return stat ? `${stat.size}:${stat.mtimeMs}` : undefined
}

/**
 * A file's size, modification and change times and inode, or undefined when it was changed less than a
 * second before it was looked at: a later run may then trust the content it hashed while the stamp holds
 * (`--cache`). A write gives a file a new change time that no tool can set back, so only a write that keeps
 * the size and falls within the same tick of the file system's clock as the read could keep the stamp; the
 * second's margin rules that out too (git's "racily clean" files).
 */
export function fileStampOf(stat: BigIntStats, now = Date.now()): string | undefined {
  if (now - Number(stat.ctimeNs / 1_000_000n) < YOUNG_FILE_MS || now - Number(stat.mtimeNs / 1_000_000n) < YOUNG_FILE_MS) return undefined
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}:${stat.dev}`
}

const YOUNG_FILE_MS = 1000

/** Tells the content hash a file had when it last had this stamp (the cache's entry of the draft). */
export type HashByStamp = (record: DraftRecord, fileStamp: string) => string | undefined

export class DraftStore {
  readonly index = new DraftIndex()
  readonly workbench = new DraftWorkbench()
  private readonly records = new Map<string, DraftRecord>()

  constructor(private readonly reading: DraftReading) {}

  get(absolute: string): DraftRecord | undefined {
    return this.records.get(absolute)
  }

  all(): DraftRecord[] {
    return [...this.records.values()]
  }

  recordFor(absolute: string): DraftRecord {
    let record = this.records.get(absolute)
    if (!record) {
      record = {absolute, path: path.relative(this.reading.cwd, absolute), inMemory: false}
      this.records.set(absolute, record)
    }
    return record
  }

  /** Forgets a draft: its text, its tree and its place in the cross-file index. */
  forget(absolute: string): void {
    const record = this.records.get(absolute)
    if (!record) return
    this.records.delete(absolute)
    this.index.delete(record.path)
    this.workbench.forget(absolute)
  }

  clear(): void {
    this.workbench.clear()
    this.records.clear()
  }

  /** An editor's text or bytes for a draft (see `LintSession.update`). */
  takeUpdate(record: DraftRecord, content: string | Uint8Array): void {
    Object.assign(record, {inMemory: true, stamp: undefined, unread: undefined, fileStamp: undefined})
    if (typeof content === 'string') {
      Object.assign(record, {text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, encoding: 'utf-8', decoding: undefined, word: undefined, contentHash: sha256(content), failure: undefined})
    } else {
      if (content.length > this.reading.maxFileSize) {
        this.takeReadError(record, new FileTooLargeError(content.length, this.reading.maxFileSize))
        return
      }
      record.contentHash = undefined
      if (isWordDraftPath(record.absolute)) {
        // A Word document is unpacked asynchronously, when the draft is next linted.
        record.wordBytes = content
        return
      }
      this.takeBytes(record, content)
      this.textOf(record)
      if (record.failure) return
    }
    this.remodel(record, true)
  }

  /**
   * Reads a draft for a run: an editor's text as it is, else the file (or the failure the lister met). With
   * `hashByStamp` (a run with a cache), a file whose stamp the cache knows is not read: it has the content
   * the cache hashed; any other file's stamp is taken before its bytes are read, for the cache to keep.
   */
  async load(listed: ListedPath, hashByStamp?: HashByStamp): Promise<DraftRecord> {
    const record = this.recordFor(path.resolve(this.reading.cwd, listed.path))
    if (record.inMemory) {
      const bytes = record.wordBytes
      record.wordBytes = undefined
      if (bytes) await this.takeWordBytes(record, bytes).catch((error: unknown) => this.takeReadError(record, error))
      return record
    }
    if (listed.error !== undefined) {
      this.takeReadError(record, listed.error)
      return record
    }
    if (listed.rawPath) record.rawPath = listed.rawPath
    try {
      if (hashByStamp && !isWordDraftPath(record.absolute) && this.takeStamp(record, hashByStamp)) return record
      const bytes = await readBytesLimited(record.rawPath ?? record.absolute, this.reading.maxFileSize)
      // The one place the session tells how a file is read: a Word document is unpacked and rendered, any other file decoded.
      if (isWordDraftPath(record.absolute)) await this.takeWordBytes(record, bytes)
      else this.takeBytes(record, bytes)
    } catch (error) {
      this.takeReadError(record, error)
    }
    return record
  }

  /** Reads a disk draft now and models it here, for the index. */
  readSync(record: DraftRecord): void {
    // A Word document is unpacked asynchronously: the next lint of it reads it again.
    if (isWordDraftPath(record.absolute)) return
    try {
      record.stamp = stampOf(record.absolute)
      this.takeBytes(record, readBytesLimitedSync(record.absolute, this.reading.maxFileSize))
      this.textOf(record)
      // Bytes that are no text have their failure, not a model of an empty draft.
      if (!record.facts && !record.failure) this.remodel(record, false)
    } catch (error) {
      this.takeReadError(record, error)
    }
  }

  /**
   * Takes a file's stamp; true when the cache's hash for it stands for its bytes (the record then holds that
   * hash, and the file is read only if its text is asked for). A file over the size limit is read and refused.
   */
  private takeStamp(record: DraftRecord, hashByStamp: HashByStamp): boolean {
    const stat = statSync(record.rawPath ?? record.absolute, {bigint: true, throwIfNoEntry: false})
    record.fileStamp = stat?.isFile() ? fileStampOf(stat) : undefined
    if (!stat || !record.fileStamp || stat.size > BigInt(this.reading.maxFileSize)) return false
    const contentHash = hashByStamp(record, record.fileStamp)
    if (!contentHash) return false
    if (contentHash !== record.contentHash || record.failure) {
      Object.assign(record, {text: undefined, undecoded: undefined, unread: true, encoding: undefined, decoding: undefined, word: undefined, contentHash, facts: undefined, summary: undefined, failure: undefined})
      this.workbench.forget(record.absolute)
    } else if (record.text === undefined && !record.undecoded) record.unread = true
    return true
  }

  takeReadError(record: DraftRecord, error: unknown): void {
    this.fail(record, failure('read', error))
  }

  /** A draft that cannot be read or configured: its failure is all that is known of it. */
  fail(record: DraftRecord, failed: Failure): void {
    Object.assign(record, {text: undefined, undecoded: undefined, unread: undefined, fileStamp: undefined, decoding: undefined, word: undefined, contentHash: undefined, facts: undefined, summary: undefined, failure: failed})
    this.index.delete(record.path)
    this.workbench.forget(record.absolute)
  }

  /** Models a draft here; its tree is kept only for `keepTree` (an editor's draft, linted again soon). */
  remodel(record: DraftRecord, keepTree: boolean): void {
    this.apply(record, this.workbench.model(this.jobOf(record)))
    if (!keepTree) this.workbench.forget(record.absolute)
  }

  jobOf(record: DraftRecord): ModelJob {
    return {key: record.absolute, path: record.path, cwd: this.reading.cwd, text: this.textOf(record) ?? '', encoding: record.encoding ?? 'utf-8', decoding: record.decoding, contentHash: record.contentHash, word: record.word?.facts}
  }

  /** What was modelled of a draft, here or in another thread, and its place in the index. */
  apply(record: DraftRecord, reply: ModelReply): void {
    record.facts = reply.facts
    record.summary = reply.summary
    record.failure = reply.failure
    this.indexFacts(record)
  }

  /** The index holds the draft's facts as its record has them (none: not indexed). */
  indexFacts(record: DraftRecord): void {
    if (record.facts) this.index.set(record.path, record.facts)
    else this.index.delete(record.path)
  }

  /**
   * The draft's text, its bytes decoded now if they were not yet; undefined when it has none (it could not be
   * read, or its bytes are no text: then `failure` says so).
   */
  textOf(record: DraftRecord): string | undefined {
    if (record.unread) this.readVouchedBytes(record)
    const bytes = record.undecoded
    if (!bytes) return record.text
    record.undecoded = undefined
    let decoded
    try {
      decoded = decodeBytes(bytes, this.reading.encoding)
    } catch (error) {
      this.takeReadError(record, error)
      return undefined
    }
    const {text, encoding, decidedBy, invalid} = decoded
    const nameNotUtf8 = record.rawPath ? path.basename(record.path) : undefined
    Object.assign(record, {text, encoding, decoding: {encoding, decidedBy, invalid, ...(nameNotUtf8 ? {nameNotUtf8} : {})}})
    return text
  }

  /** The bytes of a file the cache vouched for, read when its text is first asked for. */
  private readVouchedBytes(record: DraftRecord): void {
    record.unread = undefined
    try {
      record.undecoded = readBytesLimitedSync(record.rawPath ?? record.absolute, this.reading.maxFileSize)
    } catch (error) {
      this.takeReadError(record, error)
    }
  }

  /** Takes in a draft's bytes, decoded when its text is first asked for; unchanged bytes keep what was modelled of them. */
  private takeBytes(record: DraftRecord, bytes: Uint8Array): void {
    const contentHash = sha256(bytes)
    if (contentHash === record.contentHash && !record.failure) {
      if (record.unread) Object.assign(record, {undecoded: bytes, unread: undefined})
      return
    }
    Object.assign(record, {text: undefined, undecoded: bytes, unread: undefined, encoding: undefined, decoding: undefined, word: undefined, contentHash, facts: undefined, summary: undefined, failure: undefined})
    this.workbench.forget(record.absolute)
  }

  /** Takes in a Word document's bytes: its rendering is the draft's text; unchanged bytes keep what was modelled of them. */
  private async takeWordBytes(record: DraftRecord, bytes: Uint8Array): Promise<void> {
    const contentHash = sha256(bytes)
    if (contentHash === record.contentHash && !record.failure && record.word) return
    const {text, source, facts} = await readWordDraft(bytes)
    Object.assign(record, {text, undecoded: undefined, unread: undefined, encoding: 'utf-8', decoding: undefined, word: {source, facts}, contentHash, facts: undefined, summary: undefined, failure: undefined})
    this.workbench.forget(record.absolute)
  }
}
