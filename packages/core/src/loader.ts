/**
 * The one place that reads files. Drafts are decoded here (see decode.ts: a byte-order mark, UTF-8,
 * UTF-16 and GB18030 from older office software, said out loud), so that no rule and no front end ever
 * touches bytes; config, profile and registry files go through the same decoder.
 */
import {closeSync, fstatSync, openSync, readFileSync, readSync, statSync, type Stats} from 'node:fs'
import {open, readFile} from 'node:fs/promises'
import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import {decodeBytes, type Encoding} from './decode.js'
import {isWordDraftPath, readWordDraft} from './word/index.js'

export {decodeBytes, ENCODING_LABEL, ENCODING_NAMES, NotTextError, type DecodedText, type Encoding, type InvalidBytes} from './decode.js'

/** The largest draft read by default (a long notice with its enclosures is well under 200 KB). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024

/** A file larger than the limit a run reads: skipped, never read whole. */
export class FileTooLargeError extends Error {
  readonly code = 'EFILETOOLARGE'
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`${size} bytes, over the limit of ${limit}`)
    this.name = 'FileTooLargeError'
  }
}

/** Bytes gathered up to a limit: a regular file over it is refused by its size, a stream when it passes it. */
class LimitedBytes {
  private readonly chunks: Buffer[] = []
  private total = 0

  constructor(
    private readonly limit: number,
    private readonly stat: Stats,
  ) {
    if (stat.isFile() && stat.size > limit) throw new FileTooLargeError(stat.size, limit)
  }

  /** A buffer for the next read: never more than one byte past the limit. */
  next(): Buffer {
    return Buffer.allocUnsafe(Math.min(64 * 1024, this.limit + 1 - this.total))
  }

  /** Keeps what a read gave; false at the end of the file. */
  keep(chunk: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return false
    this.chunks.push(chunk.subarray(0, bytesRead))
    this.total += bytesRead
    if (this.total > this.limit) throw new FileTooLargeError(this.stat.isFile() ? this.stat.size : this.total, this.limit)
    return true
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks, this.total)
  }
}

/**
 * Reads a file's bytes, at most `limit` of them: a regular file larger than that is refused by its size,
 * and a FIFO or a device (a draft piped in) is read until it ends or passes the limit.
 */
export async function readBytesLimited(filePath: string | Buffer, limit: number): Promise<Uint8Array> {
  // A regular file is read at once: four trips through the thread pool cost more than reading a draft.
  // Anything else (a FIFO, a device) may wait for its writer, so it is read without blocking.
  if (statSync(filePath, {throwIfNoEntry: false})?.isFile()) return readBytesLimitedSync(filePath, limit)
  const handle = await open(filePath, 'r')
  try {
    const gathered = new LimitedBytes(limit, await handle.stat())
    let chunk = gathered.next()
    while (gathered.keep(chunk, (await handle.read(chunk, 0, chunk.length, null)).bytesRead)) chunk = gathered.next()
    return gathered.bytes()
  } finally {
    await handle.close()
  }
}

/**
 * Encodes a draft's decoded text (without a BOM) the way it was stored: the BOM of `utf-8-bom` and of
 * UTF-16 put back, GB18030 through iconv-lite. The inverse of `decodeBytes` for text it decoded losslessly.
 * Asynchronous because iconv-lite (half a megabyte of code tables) is loaded only when a GB18030 draft is
 * written back: every other run, a warm one most of all, would compile it for nothing.
 */
export async function encodeText(text: string, encoding: Encoding): Promise<Uint8Array> {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8')
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    case 'gb18030':
      return (await import('iconv-lite')).default.encode(text, 'gb18030')
  }
}

/** `readBytesLimited` for the synchronous paths (an editor's workspace index). */
export function readBytesLimitedSync(filePath: string | Buffer, limit: number): Uint8Array {
  const descriptor = openSync(filePath, 'r')
  try {
    const gathered = new LimitedBytes(limit, fstatSync(descriptor))
    let chunk = gathered.next()
    while (gathered.keep(chunk, readSync(descriptor, chunk, 0, chunk.length, null))) chunk = gathered.next()
    return gathered.bytes()
  } finally {
    closeSync(descriptor)
  }
}

/** Reads a draft into a VFile whose value is the decoded text; `data.encoding` tells how it was stored. */
export async function readDraft(filePath: string, cwd = process.cwd()): Promise<VFile> {
  const bytes = await readFile(filePath)
  // A Word document is read as the Markdown draft it prints as (word/), with its source map; any other file is decoded.
  if (isWordDraftPath(filePath)) return draftFromWord(bytes, filePath, cwd)
  return draftFromBytes(bytes, filePath, cwd)
}

/** A Word draft: its rendering is the text, and the file carries where each character stands in the document. */
async function draftFromWord(bytes: Uint8Array, filePath: string, cwd: string): Promise<VFile> {
  const {text, source, facts} = await readWordDraft(bytes)
  const file = draftFromText(text, filePath, cwd)
  file.data.contentHash = createHash('sha256').update(bytes).digest('hex')
  file.data.wordSource = source
  file.data.wordFacts = facts
  return file
}

export function draftFromBytes(bytes: Uint8Array, filePath: string, cwd = process.cwd()): VFile {
  const decoded = decodeBytes(bytes)
  const file = draftFromText(decoded.text, filePath, cwd, decoded.encoding)
  file.data.contentHash = createHash('sha256').update(bytes).digest('hex')
  return file
}

export function draftFromText(text: string, filePath: string | undefined, cwd = process.cwd(), encoding: Encoding = 'utf-8'): VFile {
  // A BOM inside decoded text (a string handed over by an editor) is dropped the same way.
  const value = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const file = new VFile({value, path: filePath, cwd})
  file.data.encoding = text.charCodeAt(0) === 0xfeff ? 'utf-8-bom' : encoding
  return file
}

/** Reads a draft's decoded text synchronously (published drafts named by a config's `registry`). */
export function readDraftTextSync(filePath: string): string {
  return readTextFileSync(filePath)
}

/** Reads a text file (config, profile, schema, registry) through the drafts' decoder, without its BOM. */
export function readTextFileSync(filePath: string): string {
  return withoutBom(decodeBytes(readFileSync(filePath)).text)
}

export async function readTextFile(filePath: string): Promise<string> {
  return withoutBom(decodeBytes(await readFile(filePath)).text)
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
