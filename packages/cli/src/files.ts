import {statSync} from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {closestName} from '@gazette-lint/core'
import {UsageError} from './options.js'

const MARKDOWN = '**/*.{md,markdown}'
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export interface FileListing {
  /** Absolute paths, sorted, without duplicates. */
  files: string[]
  /** Named explicitly on the command line but ignored by config: told, not linted. */
  ignoredExplicit: string[]
}

/**
 * Expands files, folders (their Markdown files) and globs; a name that is none of them but near one of
 * `commands` (`lern`) is told as the command it most likely meant. `isIgnored` applies the config's ignore
 * globs, which are relative to the config file that holds them.
 */
export async function listFiles(patterns: string[], cwd: string, isIgnored: (absolute: string) => boolean, commands: readonly string[] = []): Promise<FileListing> {
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
      if (matches.length === 0) throw new UsageError('no-match', {pattern})
      for (const match of matches) if (!isIgnored(match)) found.add(path.normalize(match))
      continue
    }
    // A command named after an option (`--lang en init`) is taken for a path: the command comes first.
    const command = commands.includes(pattern) ? pattern : /^[a-z]+$/.test(pattern) ? closestName(pattern, commands) : undefined
    throw new UsageError('no-such-path', {path: pattern, command})
  }
  return {files: [...found].sort(), ignoredExplicit}
}
