/**
 * The one way gazette-lint writes a file it owns the whole of (a report, the cache, a fixed draft): a reader
 * sees the old content or the new, never half of either.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, fchmodSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import path from 'node:path'

export interface AtomicWriteOptions {
  /** Create the target's folder first (default true). */
  mkdir?: boolean
}

/**
 * Writes `content` to `target` through an exclusive temporary file in the target's own folder (so the
 * rename stays on one file system), renamed over the target; the temporary file is removed if anything
 * fails, and the error is thrown. A symlink is followed, so the link stays and its target gets the
 * content; an existing file keeps its mode. A device, a FIFO or a socket (`/dev/stdout`, `/dev/null`) is
 * written in place: renaming over it would replace it with a plain file.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const absolute = path.resolve(target)
  if (options.mkdir !== false) mkdirSync(path.dirname(absolute), {recursive: true})
  // Followed through every link: `/dev/stdout` is a link to a pipe whose "real path" cannot be written.
  const existing = statSync(absolute, {throwIfNoEntry: false})
  if (existing && (existing.isCharacterDevice() || existing.isBlockDevice() || existing.isFIFO() || existing.isSocket())) {
    writeFileSync(absolute, content)
    return
  }
  const real = resolveLink(absolute)
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  // `wx`: fails rather than follow or reuse a file someone else put at that name.
  const descriptor = openSync(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666)
  try {
    try {
      // The umask applied to openSync's mode; an existing file's own mode is put back whole.
      if (existing) fchmodSync(descriptor, existing.mode & 0o7777)
      const bytes = typeof content === 'string' ? Buffer.from(content) : content
      let written = 0
      while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, real)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/** The file a path names once symlinks are followed; a path that does not exist yet is its own. */
function resolveLink(absolute: string): string {
  try {
    return realpathSync(absolute)
  } catch {
    return absolute
  }
}
