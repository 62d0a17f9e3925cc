import {spawnSync} from 'node:child_process'
import type {JsonMessage} from '@gazette-lint/reporters'
import path from 'node:path'
import {ROOT} from './rule-docs.js'

export const BIN = path.join(ROOT, 'packages', 'cli', 'dist', 'bin.js')

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the real gazette-lint command as a process, with today fixed for reproducible date checks. */
export function runCli(args: string[], options: {cwd?: string; env?: Record<string, string>} = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: {...process.env, GAZETTE_LINT_TODAY: '2026-11-23', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env},
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A finding of `--format json`, as the reporters package defines it. */
export type JsonFinding = JsonMessage

export function parseJsonReport(stdout: string): Array<{path: string; messages: JsonFinding[]}> {
  return JSON.parse(stdout)
}
