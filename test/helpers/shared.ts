import {existsSync} from 'node:fs'
import path from 'node:path'
import {ROOT} from './rule-docs.js'

/** `../shared` beside the clone: the spec, the corpus and the SARIF schema. A user's clone has none. */
export const SHARED_DIR = path.resolve(ROOT, '..', 'shared')
export const hasShared = existsSync(path.join(SHARED_DIR, 'spec', 'rules.md'))

/**
 * Tests that read ../shared skip with a reason when it is absent, and fail when it is absent under
 * CI=true (CI always has it beside the clone, so its absence there is a broken set-up).
 */
export function sharedAvailability(): {skip: boolean; reason: string} {
  if (hasShared) return {skip: false, reason: ''}
  if (process.env.CI === 'true') throw new Error(`../shared is missing under CI=true: expected ${SHARED_DIR}`)
  return {skip: true, reason: `skipped: ../shared (spec, corpus, SARIF schema) is not beside this clone at ${SHARED_DIR}`}
}
