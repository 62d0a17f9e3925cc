/**
 * Opening a `.docx`: the bytes are told apart first (a ZIP package, an encrypted or a Word 97-2003 file
 * behind a `.docx` name, something else), then the parts the draft needs are found through the package's
 * relationships: the main document, its styles and its numbering. Everything that goes wrong is a
 * WordReadError that says which problem it is, never a stack trace.
 */
import JSZip from 'jszip'
import path from 'node:path/posix'
import {WordReadError} from './word-read-error.js'
import {childrenNamed, parseXml, XmlError, type XmlElement} from './xml.js'

export {WordReadError, type WordReadProblem} from './word-read-error.js'

/** The parts of a Word package a draft is read from. */
export interface WordPackage {
  document: XmlElement
  styles?: XmlElement
  numbering?: XmlElement
}

/** The most one part may unpack to: a long notice's document.xml is well under a megabyte. */
const MAX_PART_BYTES = 32 * 1024 * 1024

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
]
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)

/** Whether a compound file (the container of encrypted OOXML and of Word 97-2003) names a stream. */
function namesStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'))
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
const STRICT_RELATIONSHIP = 'http://purl.oclc.org/ooxml/officeDocument/relationships/'
/** Other kinds of Office package, told by their content types: `not-word`'s detail. */
const OTHER_PACKAGES: Array<[RegExp, string]> = [
  [/spreadsheetml/u, 'workbook'],
  [/presentationml/u, 'presentation'],
]

/** Reads a part to its end, refusing one that unpacks past the limit (a ZIP bomb, not a draft). */
async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  const entry = zip.file(name)
  if (!entry) return undefined
  const chunks: Buffer[] = []
  let total = 0
  await new Promise<void>((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer')
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length
      if (total > MAX_PART_BYTES) {
        stream.pause()
        reject(new WordReadError('too-large', name))
        return
      }
      chunks.push(chunk)
    })
    stream.on('error', (error: Error) => reject(new WordReadError('damaged', `${name}: ${error.message}`)))
    stream.on('end', () => resolve())
  })
  return Buffer.concat(chunks, total).toString('utf8')
}

async function readXmlPart(zip: JSZip, name: string): Promise<XmlElement | undefined> {
  const text = await readPart(zip, name)
  if (text === undefined) return undefined
  try {
    return parseXml(text, name)
  } catch (error) {
    if (error instanceof XmlError) throw new WordReadError('damaged', error.message)
    throw error
  }
}

/** The targets of a part's relationships by type (`officeDocument`, `styles`, `numbering`), as package paths. */
async function relationshipsOf(zip: JSZip, part: string): Promise<Map<string, string>> {
  const folder = path.dirname(part)
  const rels = await readXmlPart(zip, path.join(folder === '.' ? '' : folder, '_rels', `${path.basename(part)}.rels`))
  const targets = new Map<string, string>()
  for (const relationship of childrenNamed(rels, 'rel:Relationship')) {
    const {Type: type = '', Target: target, TargetMode: mode} = relationship.attributes
    if (!target || mode === 'External') continue
    const kind = type.startsWith(RELATIONSHIP) ? type.slice(RELATIONSHIP.length) : type.startsWith(STRICT_RELATIONSHIP) ? type.slice(STRICT_RELATIONSHIP.length) : undefined
    if (!kind || targets.has(kind)) continue
    targets.set(kind, target.startsWith('/') ? target.slice(1) : path.normalize(path.join(folder === '.' ? '' : folder, target)))
  }
  return targets
}

/** Opens a `.docx` from its bytes; throws WordReadError. */
export async function openWordPackage(bytes: Uint8Array): Promise<WordPackage> {
  if (startsWith(bytes, COMPOUND_FILE)) {
    if (namesStream(bytes, 'EncryptedPackage') || namesStream(bytes, 'EncryptionInfo')) throw new WordReadError('encrypted')
    if (namesStream(bytes, 'WordDocument')) throw new WordReadError('legacy-doc')
    throw new WordReadError('not-word', 'compound-file')
  }
  if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) throw new WordReadError('not-zip')
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes, {checkCRC32: true})
  } catch (error) {
    throw new WordReadError('damaged', (error as Error).message)
  }
  const documentPart = (await relationshipsOf(zip, '')).get('officeDocument') ?? 'word/document.xml'
  const document = await readXmlPart(zip, documentPart)
  if (!document || document.name !== 'w:document') {
    const types = (await readPart(zip, '[Content_Types].xml')) ?? ''
    const other = OTHER_PACKAGES.find(([pattern]) => pattern.test(types))
    throw new WordReadError('not-word', other ? other[1] : documentPart)
  }
  const parts = await relationshipsOf(zip, documentPart)
  const styles = await readXmlPart(zip, parts.get('styles') ?? 'word/styles.xml')
  const numbering = await readXmlPart(zip, parts.get('numbering') ?? 'word/numbering.xml')
  return {document, styles, numbering}
}
