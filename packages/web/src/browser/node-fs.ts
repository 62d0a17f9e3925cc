/**
 * `node:fs` in the page: the shipped files read only, from memory. A draft never comes from here (the page
 * hands its text to the session with `update`); anything else the session could ask for does not exist.
 */
import {shippedNames, shippedText} from './shipped-files.js'

function errorOf(code: string, syscall: string, path: unknown): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${String(path)}' (no file system in the browser)`), {code, syscall, path: String(path)})
}

const encoder = new TextEncoder()

interface BrowserStats {
  size: number
  mtimeMs: number
  isFile(): boolean
  isDirectory(): boolean
  isFIFO(): boolean
  isSymbolicLink(): boolean
}

function statsOf(path: string): BrowserStats | undefined {
  const text = shippedText(path)
  const folder = text === undefined && shippedNames(path)
  if (text === undefined && !folder) return undefined
  return {
    size: text === undefined ? 0 : encoder.encode(text).length,
    mtimeMs: 0,
    isFile: () => text !== undefined,
    isDirectory: () => text === undefined,
    isFIFO: () => false,
    isSymbolicLink: () => false,
  }
}

export function readFileSync(path: unknown, options?: unknown): Uint8Array | string {
  const text = shippedText(String(path))
  if (text === undefined) throw errorOf('ENOENT', 'open', path)
  const encoding = typeof options === 'string' ? options : (options as {encoding?: string} | undefined)?.encoding
  return encoding ? text : encoder.encode(text)
}

export function readdirSync(path: unknown): string[] {
  const names = shippedNames(String(path))
  if (!names) throw errorOf('ENOENT', 'scandir', path)
  return names
}

export function statSync(path: unknown, options?: {throwIfNoEntry?: boolean}): BrowserStats | undefined {
  const stats = statsOf(String(path))
  if (!stats && options?.throwIfNoEntry !== false) throw errorOf('ENOENT', 'stat', path)
  return stats
}

export const lstatSync = statSync

export function existsSync(path: unknown): boolean {
  return statsOf(String(path)) !== undefined
}

const unavailable =
  (syscall: string) =>
  (path?: unknown): never => {
    throw errorOf('ENOSYS', syscall, path)
  }

export const accessSync = unavailable('access')
export const closeSync = unavailable('close')
export const fchmodSync = unavailable('fchmod')
export const fstatSync = unavailable('fstat')
export const mkdirSync = unavailable('mkdir')
export const openSync = unavailable('open')
export const readSync = unavailable('read')
export const realpathSync = unavailable('realpath')
export const renameSync = unavailable('rename')
export const rmSync = unavailable('rm')
export const writeFileSync = unavailable('write')
export const writeSync = unavailable('write')
export const constants = {R_OK: 4, W_OK: 2, X_OK: 1, F_OK: 0}

export default {readFileSync, readdirSync, statSync, lstatSync, existsSync, accessSync, closeSync, fchmodSync, fstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, writeFileSync, writeSync, constants}
