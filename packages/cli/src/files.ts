import {statSync} from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import {glob, isDynamicPattern} from 'tinyglobby'
import {UsageError} from './args.js'

const MARKDOWN = '**/*.{md,markdown}'
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export interface FileListing {
  /** Absolute paths, sorted, without duplicates. */
  files: string[]
  /** Named explicitly on the command line but ignored by config: told, not linted. */
  ignoredExplicit: string[]
}

/**
 * Expands files, folders (their Markdown files) and globs. `isIgnored` applies the config's ignore
 * globs, which are relative to the config file that holds them.
 */
export async function listFiles(patterns: string[], cwd: string, isIgnored: (absolute: string) => boolean): Promise<FileListing> {
  const found = new Set<string>()
  const ignoredExplicit: string[] = []
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    const stat = statSync(absolute, {throwIfNoEntry: false})
    if (stat?.isFile()) {
      if (isIgnored(absolute)) ignoredExplicit.push(absolute)
      else found.add(absolute)
      continue
    }
    if (stat?.isDirectory()) {
      const matches = await glob(MARKDOWN, {cwd: absolute, absolute: true, ignore: ALWAYS_IGNORED, dot: false})
      for (const match of matches) if (!isIgnored(match)) found.add(path.normalize(match))
      continue
    }
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern.split(path.sep).join('/'), {cwd, absolute: true, ignore: ALWAYS_IGNORED})
      if (matches.length === 0) throw new UsageError(`no files match "${pattern}"`)
      for (const match of matches) if (!isIgnored(match)) found.add(path.normalize(match))
      continue
    }
    throw new UsageError(`no such file or folder: ${pattern}`)
  }
  return {files: [...found].sort(), ignoredExplicit}
}

const matchers = new Map<string, (relative: string) => boolean>()

/** Whether a file matches the ignore globs of the config in `dir`. */
export function matchesIgnore(absolute: string, dir: string, globs: string[]): boolean {
  if (globs.length === 0) return false
  const key = `${dir}\u0000${globs.join('\u0000')}`
  let matcher = matchers.get(key)
  if (!matcher) {
    matcher = picomatch(globs, {dot: true})
    matchers.set(key, matcher)
  }
  const relative = path.relative(dir, absolute).split(path.sep).join('/')
  return !relative.startsWith('..') && matcher(relative)
}
