/** What the command reads from and writes to: the bin passes the process's, tests their own. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  isTTY?: boolean
  /** The terminal's width when stdout is one (`process.stdout.columns`). */
  columns?: number
  /** The environment (`GAZETTE_LINT_TODAY`, `GAZETTE_LINT_DEBUG`, `NO_COLOR`); default: the process's. */
  env?: NodeJS.ProcessEnv
  /** Reads standard input to its end, at most `limit` bytes and one more (`--stdin`); default: none to read. */
  readStdin?: (limit: number) => Promise<Uint8Array>
}
