/**
 * The formats of `--format` without loading them: a run loads the one it writes (and those of
 * `--output-format` files), so a one-file run does not pay for SARIF's tables or vfile-reporter.
 */
import type {Reporter} from './common.js'

const LOADERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  junit: async () => (await import('./junit.js')).junit,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  vfile: async () => (await import('./vfile.js')).vfile,
} satisfies Record<string, () => Promise<Reporter>>

/** The names `--format` takes, in the order the help lists them. */
export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS)

/** The reporter of a format named in FORMAT_NAMES. */
export function loadReporter(name: string): Promise<Reporter> {
  const load = (LOADERS as Record<string, () => Promise<Reporter>>)[name]
  if (!load) throw new Error(`unknown format ${name}`)
  return load()
}
