import {mkdirSync} from 'node:fs'
import {writeFileAtomic} from '@gazette-lint/core'
import path from 'node:path'
import {toDraftMarkdown, type DraftOptions} from './markdown.js'
import type {SplitDocument} from './types.js'

/** `<alias>-<index>-<canonical number or kind>.md`, e.g. `000-08-陵政办发〔2023〕5号.md`, `002-20-order.md`. */
export function draftFileName(doc: SplitDocument): string {
  const index = String(doc.index).padStart(2, '0')
  const name = (doc.canonicalNumber ?? doc.kind).replace(/[\\/:*?"<>|\s]/gu, '_')
  return `${doc.source}-${index}-${name}.md`
}

/** Writes every document's draft into `outDir` (created if needed), each file atomically. Returns the paths written. */
export function writeDrafts(docs: readonly SplitDocument[], outDir: string, options: DraftOptions = {}): string[] {
  mkdirSync(outDir, {recursive: true})
  const written: string[] = []
  for (const doc of docs) {
    const target = path.join(outDir, draftFileName(doc))
    writeFileAtomic(target, toDraftMarkdown(doc, options), {mkdir: false})
    written.push(target)
  }
  return written
}
