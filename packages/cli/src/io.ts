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

/** A file the command was to write (a profile, drafts, a config) and could not: said with its reason, exit 2. */
export class WriteFailure extends Error {
  constructor(
    /** The file or folder, as the user named it. */
    readonly target: string,
    /** The error's code (`EACCES`), or its words. */
    readonly reason: string,
  ) {
    super(`cannot write ${target}: ${reason}`)
    this.name = 'WriteFailure'
  }
}

/** Runs a write; a failure becomes a WriteFailure naming `target`. */
export async function writing<T>(target: string, write: () => T | Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new WriteFailure(target, code ?? (error instanceof Error ? error.message : String(error)))
  }
}
