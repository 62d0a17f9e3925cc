import {spawnSync} from 'node:child_process'
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

export interface JsonFinding {
  ruleId: string | null
  severity: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  message: string
  url: string | null
}

export function parseJsonReport(stdout: string): Array<{path: string; messages: JsonFinding[]}> {
  return JSON.parse(stdout)
}
