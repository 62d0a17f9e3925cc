/**
 * The one place that reads files. Drafts are decoded here (BOM, UTF-8, GB18030 from older office
 * software), so that no rule and no front end ever touches bytes.
 */
import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createHash} from 'node:crypto'
import iconv from 'iconv-lite'
import {VFile} from 'vfile'

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be'

export interface DecodedText {
  text: string
  encoding: Encoding
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** Decodes a draft's bytes; text that is not UTF-8 is read as GB18030, the encoding of older Chinese office software. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {text: decodeUtf8Lenient(bytes.subarray(3)), encoding: 'utf-8-bom'}
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'}
  try {
    return {text: utf8.decode(bytes), encoding: 'utf-8'}
  } catch {
    return {text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030'}
  }
}

/**
 * Encodes a draft's decoded text (without a BOM) the way it was stored: the BOM of `utf-8-bom` and of
 * UTF-16 put back, GB18030 through iconv-lite. The inverse of `decodeBytes` for text it decoded losslessly.
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
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
      return iconv.encode(text, 'gb18030')
  }
}

function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

/** Reads a draft into a VFile whose value is the decoded text; `data.encoding` tells how it was stored. */
export async function readDraft(filePath: string, cwd = process.cwd()): Promise<VFile> {
  const bytes = await readFile(filePath)
  return draftFromBytes(bytes, filePath, cwd)
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
  const {text} = decodeBytes(readFileSync(filePath))
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Reads a text file (config, profile, schema, registry) as UTF-8 without its BOM. */
export function readTextFileSync(filePath: string): string {
  const text = readFileSync(filePath, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export async function readTextFile(filePath: string): Promise<string> {
  const text = await readFile(filePath, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
