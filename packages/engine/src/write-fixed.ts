/**
 * Writing a fixed draft back: only when it changed, atomically (core's writeFileAtomic: temp file beside it,
 * rename, mode kept), in the encoding it was read in (BOM kept), and never over a file that is read-only,
 * changed on disk since it was read, or whose bytes the encoding cannot give back exactly, and never a Word
 * document (`.docx`, whose draft is a rendering of it): then it is refused with the reason and the file is
 * left as it was.
 */
import {createHash} from 'node:crypto'
import {accessSync, constants, readFileSync, statSync} from 'node:fs'
import {decodeBytes, encodeText, isWordDraftPath, writeFileAtomic} from '@gazette-lint/core'
import type {FixOutcome} from './results.js'

export type DraftWriteProblem = 'read-only' | 'not-a-file' | 'changed-on-disk' | 'encoding' | 'word' | 'write'

/** A fixed draft that was not written; the file on disk is untouched. */
export class DraftWriteError extends Error {
  constructor(
    readonly problem: DraftWriteProblem,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${problem}: ${detail}`)
    this.name = 'DraftWriteError'
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0

/** Writes the output of a fix over its draft; false when nothing changed. Rejects with DraftWriteError. */
export async function writeFixedDraft(outcome: FixOutcome): Promise<boolean> {
  if (!outcome.changed) return false
  const {absolute, path} = outcome
  // The fixed text is the Word document's rendering: a Word file is never rewritten.
  if (isWordDraftPath(absolute)) throw new DraftWriteError('word', path, 'a Word document')
  const stat = statSync(absolute, {throwIfNoEntry: false})
  if (!stat?.isFile()) throw new DraftWriteError('not-a-file', path, stat ? 'not a regular file' : 'the file is gone')
  // The write bits are asked, not only access(): root may write anything, but a draft made read-only was meant to stay.
  if ((stat.mode & 0o222) === 0) throw new DraftWriteError('read-only', path, `mode ${(stat.mode & 0o777).toString(8)}`)
  try {
    accessSync(absolute, constants.W_OK)
  } catch (error) {
    throw new DraftWriteError('read-only', path, (error as NodeJS.ErrnoException).code ?? String(error))
  }
  const bytes = readFileSync(absolute)
  if (outcome.contentHash && createHash('sha256').update(bytes).digest('hex') !== outcome.contentHash) {
    throw new DraftWriteError('changed-on-disk', path, 'the file changed after it was read')
  }
  // Only an encoding that gives the read bytes back exactly may write the fixed text: nothing else may change.
  const decoded = decodeBytes(bytes)
  if (decoded.encoding !== outcome.encoding || !sameBytes(await encodeText(decoded.text, decoded.encoding), bytes)) {
    throw new DraftWriteError('encoding', path, `the ${outcome.encoding} bytes of this file cannot be written back unchanged`)
  }
  const output = await encodeText(outcome.output, outcome.encoding)
  if (decodeBytes(output).text !== outcome.output) {
    throw new DraftWriteError('encoding', path, `the fixed text cannot be written in ${outcome.encoding}`)
  }
  try {
    writeFileAtomic(absolute, output, {mkdir: false})
  } catch (error) {
    throw new DraftWriteError('write', path, (error as NodeJS.ErrnoException).code ?? (error as Error).message)
  }
  return true
}
