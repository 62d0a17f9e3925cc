/** Real editors for the tests: the README's setup snippets, and whether an editor is installed here. */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {ROOT} from './rule-docs.js'

/** The fenced block right after `<!-- editor-snippet: name -->` in the README: what a user copies. */
export function readmeSnippet(name: string): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const marker = `<!-- editor-snippet: ${name} -->\n`
  const at = readme.indexOf(marker)
  if (at < 0) throw new Error(`README.md has no snippet marked ${marker.trim()}`)
  const block = /^```\w*\n([\s\S]*?)^```$/mu.exec(readme.slice(at + marker.length))
  if (!block || block.index !== 0) throw new Error(`the snippet ${name} must be a fenced block right after its marker`)
  return block[1]
}

/**
 * Whether an editor can be run: a test that needs one skips with the reason when it is not installed, and
 * fails when it is missing under CI=true (.ci/run installs it).
 */
export function editorAvailability(command: string, versionArgs: string[], wanted: RegExp, install: string): {skip: boolean; reason: string} {
  const probe = spawnSync(command, versionArgs, {encoding: 'utf8'})
  const version = `${probe.stdout ?? ''}${probe.stderr ?? ''}`
  if (!probe.error && probe.status === 0 && wanted.test(version)) return {skip: false, reason: ''}
  const reason = `${command} (${wanted.source}) is not installed here: ${install}`
  if (process.env.CI === 'true') throw new Error(`under CI=true ${reason}`)
  return {skip: true, reason: `skipped: ${reason}`}
}

/** The environment in which an editor finds `gazette-lint-language-server` as an installed user would. */
export function editorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ...extra}
}
