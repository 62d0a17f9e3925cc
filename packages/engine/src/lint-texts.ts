import type {DraftResult} from './results.js'
import {LintSession, type LintSessionOptions} from './session.js'

/**
 * Lints texts held in memory together, in a session of their own (a web page, a test, a benchmark): with
 * `config` given inline, no file is read but the profiles and registry it names.
 */
export async function lintTexts(drafts: Array<{path: string; text: string}>, options: LintSessionOptions = {}): Promise<DraftResult[]> {
  const session = new LintSession(options)
  try {
    for (const {path: filePath, text} of drafts) session.update(filePath, text)
    return await session.lintAll(drafts.map((draft) => draft.path))
  } finally {
    await session.close()
  }
}
