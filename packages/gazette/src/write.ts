import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {toDraftMarkdown, type DraftOptions} from './markdown.js'
import type {SplitDocument} from './types.js'

/** `<alias>-<index>-<canonical number or kind>.md`, e.g. `000-08-陵政办发〔2023〕5号.md`, `002-20-order.md`. */
export function draftFileName(doc: SplitDocument): string {
  const index = String(doc.index).padStart(2, '0')
  const name = (doc.canonicalNumber ?? doc.kind).replace(/[\\/:*?"<>|\s]/gu, '_')
  return `${doc.source}-${index}-${name}.md`
}

/**
 * Writes every document's draft into `outDir` (created if needed), each file atomically: written to a
 * temporary file in the same directory, then renamed over the target. Returns the paths written.
 */
export function writeDrafts(docs: readonly SplitDocument[], outDir: string, options: DraftOptions = {}): string[] {
  mkdirSync(outDir, {recursive: true})
  const written: string[] = []
  for (const doc of docs) {
    const target = path.join(outDir, draftFileName(doc))
    const temp = path.join(outDir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`)
    try {
      writeFileSync(temp, toDraftMarkdown(doc, options), {encoding: 'utf8', flag: 'wx'})
      renameSync(temp, target)
    } catch (error) {
      rmSync(temp, {force: true})
      throw error
    }
    written.push(target)
  }
  return written
}
