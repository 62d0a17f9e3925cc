/**
 * `gazette-lint convert draft.docx --out draft.md`: a Word draft written as the canonical Markdown draft, the
 * very text the rules read when they lint the `.docx` (its rendering), so that the Markdown draft lints with
 * the same findings at the same lines. Tracked changes are converted as accepted, and said so.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {DEFAULT_MAX_FILE_SIZE, isWordDraftPath, markdownPathOf, readBytesLimited, readWordDraft, RUN, say, writeFileAtomic, type Lang} from '@gazette-lint/core'
import {failure, fatalReason} from '@gazette-lint/engine'
import {writing, type Io} from './io.js'
import {UsageError} from './options.js'

export interface ConvertOptions {
  inputs: string[]
  /** A Markdown file (one input), a folder (several), `-` for standard output; default: standard output. */
  out?: string
  force: boolean
  lang: Lang
}

/** Converts each input; 0 when every one was written, 2 when one could not be read. */
export async function runConvert({inputs, out, force, lang}: ConvertOptions, io: Io): Promise<number> {
  if (inputs.length === 0) throw new UsageError('needs-input', {command: 'convert'})
  for (const input of inputs) if (!isWordDraftPath(input)) throw new UsageError('convert-not-word', {path: input})
  const toStdout = out === undefined || out === '-'
  const outAbsolute = toStdout ? undefined : path.resolve(io.cwd, out)
  const intoFolder = outAbsolute !== undefined && (inputs.length > 1 || /[\\/]$/u.test(out!) || statSync(outAbsolute, {throwIfNoEntry: false})?.isDirectory() === true)
  if (inputs.length > 1 && toStdout) throw new UsageError('convert-needs-folder')
  const shown = (file: string) => path.relative(io.cwd, file) || file
  const targetOf = (input: string) => {
    if (!outAbsolute) return undefined
    return intoFolder ? path.join(outAbsolute, path.basename(markdownPathOf(path.resolve(io.cwd, input)))) : outAbsolute
  }
  // Every target is checked before the first is written: a run refused half-way would leave some drafts converted.
  const firstInputOf = new Map<string, string>()
  for (const input of inputs) {
    const target = targetOf(input)
    if (!target) continue
    const earlier = firstInputOf.get(target)
    if (earlier !== undefined) throw new UsageError('convert-same-target', {first: earlier, second: input, path: shown(target)})
    firstInputOf.set(target, input)
    if (!force && statSync(target, {throwIfNoEntry: false})) throw new UsageError('convert-exists', {path: shown(target)})
  }
  let failed = 0
  for (const input of inputs) {
    const absolute = path.resolve(io.cwd, input)
    let rendering
    try {
      rendering = await readWordDraft(await readBytesLimited(absolute, DEFAULT_MAX_FILE_SIZE))
    } catch (error) {
      io.stderr(`${say(RUN['convert-failed'], lang, {path: input, reason: fatalReason(failure('read', error), lang)})}\n`)
      failed++
      continue
    }
    const {revisions, numbering} = rendering.facts
    if (revisions.length > 0) io.stderr(`${say(RUN['convert-revisions'], lang, {path: input, count: revisions.length})}\n`)
    if (numbering.length > 0) io.stderr(`${say(RUN['convert-numbering'], lang, {path: input, paragraphs: numbering.map((entry) => entry.paragraph).join('、')})}\n`)
    if (!outAbsolute) {
      io.stdout(rendering.text)
      continue
    }
    const target = targetOf(input)!
    await writing(shown(target), () => writeFileAtomic(target, rendering.text))
    io.stdout(`${say(RUN['convert-written'], lang, {path: shown(target), input, paragraphs: rendering.source.paragraphs})}\n`)
  }
  return failed > 0 ? 2 : 0
}
