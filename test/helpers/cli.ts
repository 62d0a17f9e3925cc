import {spawnSync} from 'node:child_process'
import {run} from 'gazette-lint'
import type {JsonResult} from '@gazette-lint/reporters'
import path from 'node:path'
import {ROOT} from './rule-docs.js'

/** The built command, for the few tests that spawn it as a user's shell does. */
export const BIN = path.join(ROOT, 'packages', 'cli', 'bin', 'gazette-lint.js')

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Today fixed for reproducible date checks, colours off: the environment every CLI test runs in. */
const TEST_ENV = {GAZETTE_LINT_TODAY: '2026-11-23', NO_COLOR: '1', FORCE_COLOR: '0'}

/**
 * Runs the gazette-lint command in this process, through the same `run(argv, io)` the bin calls: the
 * exit code, stdout and stderr a user would see, without the cost of a process per test.
 */
export async function runCli(args: string[], options: {cwd?: string; env?: Record<string, string>; stdin?: string | Uint8Array} = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const input = typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin
  const status = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? ROOT,
    isTTY: false,
    env: {...process.env, ...TEST_ENV, ...options.env},
    readStdin: async (limit) => (input ?? new Uint8Array()).subarray(0, limit + 1),
  })
  return {status, stdout, stderr}
}

/** Runs the real command as a process (the smoke tests of the bin). */
export function spawnCli(
  args: string[],
  options: {cwd?: string; env?: Record<string, string>; input?: string | Uint8Array; uid?: number; gid?: number} = {},
): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: {...process.env, ...TEST_ENV, ...options.env},
    maxBuffer: 64 * 1024 * 1024,
    input: options.input,
    uid: options.uid,
    gid: options.gid,
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A finding of `--format json`, as the reporters package defines it. */
export type {JsonMessage as JsonFinding} from '@gazette-lint/reporters'

export function parseJsonReport(stdout: string): JsonResult[] {
  return JSON.parse(stdout)
}
