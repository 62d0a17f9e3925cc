/** `node:fs/promises` in the page: drafts reach the session as text or bytes (`update`), never as files. */
const unavailable =
  (syscall: string) =>
  async (path?: unknown): Promise<never> => {
    throw Object.assign(new Error(`ENOSYS: ${syscall} '${String(path)}' (no file system in the browser)`), {code: 'ENOSYS', syscall})
  }

export const open = unavailable('open')
export const readFile = unavailable('open')
export const writeFile = unavailable('write')
export const stat = unavailable('stat')
export const readdir = unavailable('scandir')
export default {open, readFile, writeFile, stat, readdir}
