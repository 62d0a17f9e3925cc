/** The `--cache` file as a test reads and rewrites it: UTF-16LE after a byte order mark, as the cache writes it. */
import {readFileSync, writeFileSync} from 'node:fs'

const BYTE_ORDER_MARK = Buffer.from([0xff, 0xfe])

/** The cache file's text; throws if it is not the UTF-16 the cache writes. */
export function readCacheText(file: string): string {
  const bytes = readFileSync(file)
  if (!bytes.subarray(0, 2).equals(BYTE_ORDER_MARK)) throw new Error(`${file} is not a cache file written in UTF-16`)
  return bytes.toString('utf16le', 2)
}

/** Writes `text` as the cache writes its file (UTF-16LE after a byte order mark). */
export function writeCacheText(file: string, text: string): void {
  writeFileSync(file, Buffer.concat([BYTE_ORDER_MARK, Buffer.from(text, 'utf16le')]))
}
