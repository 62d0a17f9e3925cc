/** `node:crypto` in the page: the session's sha-256 content hash, synchronous as Node's. */
import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'

const encoder = new TextEncoder()

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`only sha256 is available in the browser, not ${algorithm}`)
  const hash = sha256.create()
  const digester = {
    update(data: string | Uint8Array) {
      hash.update(typeof data === 'string' ? encoder.encode(data) : data)
      return digester
    },
    digest(encoding: 'hex') {
      if (encoding !== 'hex') throw new Error('only hex digests are available in the browser')
      return bytesToHex(hash.digest())
    },
  }
  return digester
}

export function randomBytes(): never {
  throw new Error('randomBytes: no temporary files in the browser')
}

export default {createHash, randomBytes}
