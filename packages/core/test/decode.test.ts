/**
 * Decoding said out loud (issue #16): a byte-order mark decides, else UTF-8 unless the bytes plainly are
 * UTF-16 or GB18030; a stray invalid byte does not flip a UTF-8 draft; NUL bytes outside UTF-16 are no text.
 */
import {decodeBytes, NotTextError} from '@gazette-lint/core'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'

const DRAFT = '陵川县人民政府办公室\n\n# 关于做好2026年春季森林防火工作的通知\n\n陵政办发〔2026〕31号\n\n各乡镇人民政府，县直有关单位：\n'
const utf8 = (text: string) => Buffer.from(text, 'utf8')

describe('decodeBytes', () => {
  it('reads UTF-8 as UTF-8, with or without a byte-order mark', () => {
    expect(decodeBytes(utf8(DRAFT))).toEqual({text: DRAFT, encoding: 'utf-8', decidedBy: 'detected', invalid: []})
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(DRAFT)]))).toEqual({text: DRAFT, encoding: 'utf-8-bom', decidedBy: 'bom', invalid: []})
  })

  it('keeps a UTF-8 draft with a stray byte UTF-8, and says where the byte stands', () => {
    const [before, after] = [utf8('陵川县人民政府办公室\n\n# 关于'), utf8('做好工作的通知\n')]
    const decoded = decodeBytes(Buffer.concat([before, Buffer.from([0xb9]), after]))
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text).toBe('陵川县人民政府办公室\n\n# 关于\ufffd做好工作的通知\n')
    expect(decoded.invalid).toEqual([{offset: '陵川县人民政府办公室\n\n# 关于'.length, length: 1, byteOffset: before.length, bytes: 'B9'}])
  })

  it('gives a run of invalid bytes one entry, with each U+FFFD TextDecoder would write', () => {
    const bytes = Buffer.concat([utf8('通知：'), Buffer.from([0xe4, 0xb8, 0x41, 0xff, 0xfe]), utf8('内容。')])
    const decoded = decodeBytes(bytes)
    expect(decoded.text).toBe(new TextDecoder().decode(bytes))
    expect(decoded.invalid).toEqual([{offset: 3, length: 1, byteOffset: 9, bytes: 'E4 B8'}, {offset: 5, length: 2, byteOffset: 12, bytes: 'FF FE'}])
  })

  it('reads a GB18030 draft as GB18030', () => {
    expect(decodeBytes(iconv.encode(DRAFT, 'gb18030'))).toEqual({text: DRAFT, encoding: 'gb18030', decidedBy: 'detected', invalid: []})
  })

  it('reads UTF-16 with a byte-order mark, and without one by its NUL bytes', () => {
    expect(decodeBytes(iconv.encode(DRAFT, 'utf-16le', {addBOM: true}))).toMatchObject({text: DRAFT, encoding: 'utf-16le', decidedBy: 'bom'})
    expect(decodeBytes(iconv.encode(DRAFT, 'utf-16be', {addBOM: true}))).toMatchObject({text: DRAFT, encoding: 'utf-16be', decidedBy: 'bom'})
    expect(decodeBytes(iconv.encode(DRAFT, 'utf-16le'))).toMatchObject({text: DRAFT, encoding: 'utf-16le', decidedBy: 'detected'})
    expect(decodeBytes(iconv.encode(DRAFT, 'utf-16be'))).toMatchObject({text: DRAFT, encoding: 'utf-16be', decidedBy: 'detected'})
  })

  it('refuses bytes with a NUL that are not UTF-16, naming the byte', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(() => decodeBytes(png)).toThrow(NotTextError)
    expect(() => decodeBytes(png)).toThrow('NUL byte at byte 8')
  })

  it('decodes as told when an encoding is forced', () => {
    expect(decodeBytes(iconv.encode(DRAFT, 'gb18030'), 'gb18030')).toMatchObject({text: DRAFT, encoding: 'gb18030', decidedBy: 'forced'})
    const forcedUtf8 = decodeBytes(iconv.encode(DRAFT, 'gb18030'), 'utf-8')
    expect(forcedUtf8).toMatchObject({encoding: 'utf-8', decidedBy: 'forced'})
    expect(forcedUtf8.invalid.length).toBeGreaterThan(0)
  })
})
