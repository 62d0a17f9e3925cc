import {chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {writeFileAtomic} from '@gazette-lint/core'
import {afterAll, describe, expect, it} from 'vitest'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-atomic-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

describe('writeFileAtomic: the one way reports, the cache and fixed drafts are written', () => {
  it('writes a new file, creating its folder, and replaces an old one whole, leaving no temporary file', () => {
    const target = path.join(tmp, 'reports', 'report.json')
    writeFileAtomic(target, '{"first": true}')
    writeFileAtomic(target, '[]')
    expect(readFileSync(target, 'utf8')).toBe('[]')
    expect(readdirSync(path.dirname(target))).toEqual(['report.json'])
  })

  it('keeps the mode of the file it replaces', () => {
    const target = path.join(tmp, 'draft.md')
    writeFileSync(target, 'old')
    chmodSync(target, 0o640)
    writeFileAtomic(target, 'new')
    expect(statSync(target).mode & 0o777).toBe(0o640)
    expect(readFileSync(target, 'utf8')).toBe('new')
  })

  it('follows a symlink: the link stays a link, its target gets the content', () => {
    const real = path.join(tmp, 'real.json')
    const link = path.join(tmp, 'link.json')
    writeFileSync(real, 'old')
    symlinkSync(real, link)
    writeFileAtomic(link, 'new')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe('new')
  })

  it('writes a device in place instead of renaming a plain file over it', () => {
    writeFileAtomic('/dev/null', 'discarded')
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  it('on failure throws, leaves the target as it was and removes its temporary file', () => {
    const dir = path.join(tmp, 'failing')
    const target = path.join(dir, 'occupied')
    mkdirSync(path.join(target, 'inside'), {recursive: true})
    expect(() => writeFileAtomic(target, 'text')).toThrow()
    expect(statSync(target).isDirectory()).toBe(true)
    expect(readdirSync(dir)).toEqual(['occupied'])
  })
})
