/** Which files are drafts to a session: the config's ignore globs, and the Markdown files of a folder. */
import {readdirSync} from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'

/** Folders never searched for drafts. */
export const ALWAYS_IGNORED_FOLDERS = new Set(['node_modules', '.git'])
export const DRAFT_EXTENSION = /\.(md|markdown)$/i

const matchers = new Map<string, (relative: string) => boolean>()

/** Whether a file matches ignore globs written relative to `dir` (the folder of the config that holds them). */
export function matchesIgnore(absolute: string, dir: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false
  const key = `${dir}\u0000${globs.join('\u0000')}`
  let matcher = matchers.get(key)
  if (!matcher) {
    matcher = picomatch([...globs], {dot: true})
    matchers.set(key, matcher)
  }
  const relative = path.relative(dir, absolute).split(path.sep).join('/')
  return !relative.startsWith('..') && matcher(relative)
}

/** The Markdown files under a folder, as the CLI finds them in a folder: hidden entries and node_modules skipped. */
export function draftsUnder(dir: string, isIgnored: (absolute: string) => boolean): string[] {
  const found: string[] = []
  const walk = (folder: string) => {
    let entries
    try {
      entries = readdirSync(folder, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || ALWAYS_IGNORED_FOLDERS.has(entry.name)) continue
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && DRAFT_EXTENSION.test(entry.name) && !isIgnored(full)) found.push(full)
    }
  }
  walk(dir)
  return found.sort()
}

/** Maps with at most `size` operations at once, so a folder of thousands of drafts does not run out of file handles. */
export async function mapInBatches<T, R>(items: T[], map: (item: T) => Promise<R>, size = 64): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(map))))
  return results
}
