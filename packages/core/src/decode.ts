/**
 * How a draft's bytes become text, said out loud. A byte-order mark decides; otherwise UTF-8, unless the
 * bytes are plainly something else: UTF-16 without a mark (its ASCII characters leave a NUL byte beside
 * them) or GB18030 (the encoding of older Chinese office software, where almost no byte pair is valid
 * UTF-8). A stray invalid byte in a draft that is otherwise UTF-8 does not flip the whole draft to
 * GB18030: the draft stays UTF-8 and the bytes are reported where they stand. Bytes that are no text at
 * all (NUL bytes outside UTF-16) are refused.
 */

import {TextDecoder} from 'node:util'

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be'

/** The encodings `--encoding` can force, by the names a user may write them. */
export const ENCODING_NAMES: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
}

/** The name an encoding is told by (messages, SARIF's `artifact.encoding`). */
export const ENCODING_LABEL: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  gb18030: 'GB18030',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
}

/** A run of bytes that are not UTF-8, where it stands in the file and in the decoded text. */
export interface InvalidBytes {
  /** Offset into the decoded text of the first U+FFFD standing for the run. */
  offset: number
  /** How many U+FFFD stand for the run in the decoded text. */
  length: number
  /** Offset of the run's first byte in the file. */
  byteOffset: number
  /** The run's bytes in hex (`C3 28`), the first eight of them. */
  bytes: string
}

export interface DecodedText {
  text: string
  encoding: Encoding
  /** How the encoding was chosen: a byte-order mark, `--encoding`, or the bytes themselves. */
  decidedBy: 'bom' | 'forced' | 'detected'
  /** Invalid byte runs of a UTF-8 draft, each shown as U+FFFD in `text`. */
  invalid: InvalidBytes[]
}

/** Bytes that are not a text file: a NUL byte outside UTF-16. */
export class NotTextError extends Error {
  readonly code = 'ENOTTEXT'
  constructor(readonly byteOffset: number) {
    super(`NUL byte at byte ${byteOffset}`)
    this.name = 'NotTextError'
  }
}

const decoders = new Map<string, TextDecoder>()
function decoder(label: string, fatal = false): TextDecoder {
  const key = `${label}:${fatal}`
  let found = decoders.get(key)
  if (!found) decoders.set(key, (found = new TextDecoder(label, {fatal, ignoreBOM: true})))
  return found
}

/** The text of bytes that are all valid UTF-8, else undefined: checked and decoded in one native pass (in the browser too). */
const UTF8_STRICT = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8_STRICT.decode(bytes)
  } catch {
    return undefined
  }
}

/** Decodes bytes as `forced` says, or by what they are (see the module comment). */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodedText {
  if (forced) return decodeForced(bytes, forced)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {...decodeUtf8(bytes.subarray(3), 3), encoding: 'utf-8-bom', decidedBy: 'bom'}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', 'bom')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', 'bom')
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const unmarked = unmarkedUtf16(bytes)
    if (unmarked) return utf16(bytes, unmarked, 'detected')
    throw new NotTextError(nul)
  }
  // Valid UTF-8, nearly every draft: checked and decoded natively, much faster than the scan below.
  const valid = strictUtf8(bytes)
  if (valid !== undefined) return {text: valid, encoding: 'utf-8', decidedBy: 'detected', invalid: []}
  const scan = scanUtf8(bytes)
  // Mostly valid multi-byte UTF-8: a draft with a stray byte or a pasted fragment, not a GB18030 draft
  // (GB18030 Chinese text forms a valid UTF-8 sequence by chance in well under one byte of five).
  if (scan.invalidBytes === 0 || scan.validMultibyteBytes >= scan.invalidBytes) return {...decodeUtf8(bytes, 0, scan), encoding: 'utf-8', decidedBy: 'detected'}
  try {
    return {text: decoder('gb18030', true).decode(bytes), encoding: 'gb18030', decidedBy: 'detected', invalid: []}
  } catch {
    // Neither: UTF-8 is the format of a draft, and the bytes that are not are shown where they stand.
    return {...decodeUtf8(bytes, 0, scan), encoding: 'utf-8', decidedBy: 'detected'}
  }
}

function decodeForced(bytes: Uint8Array, encoding: Encoding): DecodedText {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bom = encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff
    return utf16(bom ? bytes.subarray(2) : bytes, encoding, 'forced')
  }
  if (encoding === 'gb18030') return {text: decoder('gb18030').decode(bytes), encoding, decidedBy: 'forced', invalid: []}
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return {...decodeUtf8(bom ? bytes.subarray(3) : bytes, bom ? 3 : 0), encoding: bom ? 'utf-8-bom' : 'utf-8', decidedBy: 'forced'}
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', decidedBy: DecodedText['decidedBy']): DecodedText {
  return {text: decoder(encoding).decode(bytes), encoding, decidedBy, invalid: []}
}

/**
 * UTF-16 without a byte-order mark: an even number of bytes, NUL bytes mostly on one side of the pairs (the
 * high byte of ASCII characters: newlines, digits, Markdown marks), a strict decode, and no control
 * character a text file would not hold. Anything else with a NUL byte is not text.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined
  let even = 0
  let odd = 0
  for (let index = 0; index < bytes.length; index++) if (bytes[index] === 0) index % 2 === 0 ? even++ : odd++
  // A CJK character can have a NUL byte too (一 is U+4E00), but far fewer than the ASCII of a draft.
  const encoding = odd > 0 && even * 8 <= odd ? 'utf-16le' : even > 0 && odd * 8 <= even ? 'utf-16be' : undefined
  if (!encoding) return undefined
  let text: string
  try {
    text = decoder(encoding, true).decode(bytes)
  } catch {
    return undefined
  }
  return /[\u0000-\u0008\u000e-\u001f]/u.test(text) ? undefined : encoding
}

interface Utf8Scan {
  validMultibyteBytes: number
  invalidBytes: number
  /** Maximal invalid subparts as [start, end) byte offsets, in order (the WHATWG decoder's U+FFFD each). */
  subparts: Array<[number, number]>
}

/** Walks UTF-8 as the WHATWG decoder does, so each invalid subpart found here is one U+FFFD there. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = {validMultibyteBytes: 0, invalidBytes: 0, subparts: []}
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]
    if (lead < 0x80) {
      index++
      continue
    }
    let needed: number
    let lower = 0x80
    let upper = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2
      if (lead === 0xe0) lower = 0xa0
      if (lead === 0xed) upper = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3
      if (lead === 0xf0) lower = 0x90
      if (lead === 0xf4) upper = 0x8f
    } else {
      scan.subparts.push([index, index + 1])
      scan.invalidBytes++
      index++
      continue
    }
    let end = index + 1
    let complete = true
    for (let seen = 0; seen < needed; seen++) {
      const byte = bytes[end]
      if (end >= bytes.length || byte < lower || byte > upper) {
        complete = false
        break
      }
      lower = 0x80
      upper = 0xbf
      end++
    }
    if (complete) scan.validMultibyteBytes += end - index
    else {
      // The byte that broke the sequence is read again as the start of the next one.
      scan.subparts.push([index, end])
      scan.invalidBytes += end - index
    }
    index = end
  }
  return scan
}

const MAX_BYTES_SHOWN = 8
const hex = (bytes: Uint8Array) => Array.from(bytes.subarray(0, MAX_BYTES_SHOWN), (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ') + (bytes.length > MAX_BYTES_SHOWN ? ' …' : '')

/** Decodes UTF-8 leniently (each invalid subpart one U+FFFD, as TextDecoder does) and says where the invalid runs stand. */
function decodeUtf8(bytes: Uint8Array, byteBase: number, scan = scanUtf8(bytes)): Pick<DecodedText, 'text' | 'invalid'> {
  if (scan.subparts.length === 0) return {text: decoder('utf-8').decode(bytes), invalid: []}
  const parts: string[] = []
  const invalid: InvalidBytes[] = []
  let offset = 0
  let position = 0
  for (const [start, end] of scan.subparts) {
    const valid = decoder('utf-8').decode(bytes.subarray(position, start))
    parts.push(valid, '\ufffd')
    offset += valid.length
    const previous = invalid[invalid.length - 1]
    // Adjacent subparts are one run: one finding for `C3 28 A0`, not three.
    if (previous && position === start) {
      previous.length++
      previous.bytes = hex(bytes.subarray(previous.byteOffset - byteBase, end))
    } else invalid.push({offset, length: 1, byteOffset: byteBase + start, bytes: hex(bytes.subarray(start, end))})
    offset += 1
    position = end
  }
  parts.push(decoder('utf-8').decode(bytes.subarray(position)))
  return {text: parts.join(''), invalid}
}
