import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {ROOT} from './rule-docs.js'

/** The clean draft of the CLI fixtures, and the same draft with a malformed number (`doc-number-format` at 5:1). */
export const CLEAN = readFileSync(path.join(ROOT, 'test/fixtures/cli/basic/clean.md'), 'utf8')
export const FAULTY = CLEAN.replace('陵政办发〔2026〕31号', '陵政办发[2026]32号')

/**
 * A temporary folder for a test file, and a way to make fresh folders under it holding the given files
 * (text as UTF-8, bytes as they are); `remove` goes in the file's afterAll.
 */
export function temporaryFolders(prefix: string): {root: string; folder: (files?: Record<string, string | Uint8Array>) => string; remove: () => void} {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix))
  let count = 0
  const folder = (files: Record<string, string | Uint8Array> = {}) => {
    const dir = path.join(root, `case-${++count}`)
    mkdirSync(dir, {recursive: true})
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
      writeFileSync(path.join(dir, name), content)
    }
    return dir
  }
  return {root, folder, remove: () => rmSync(root, {recursive: true, force: true})}
}
