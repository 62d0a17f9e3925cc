/**
 * Reading a Word document into the draft the rules read (issue #17): what Word prints, in order, with every
 * character traced back to its paragraph (第 N 段) and character, and nothing Word keeps out of the text.
 */
import {spawnSync} from 'node:child_process'
import {paragraphSpanOf, readWordDraft, WordReadError} from '@gazette-lint/core'
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {paragraph, wordDocument} from '../../../test/helpers/word.js'

const read = async (body: string, parts: {styles?: string; numbering?: string} = {}) => readWordDraft(await wordDocument({body, ...parts}))

const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`

describe('readWordDraft', () => {
  it('renders each paragraph as a block, the title (by form) as a heading, block syntax escaped', async () => {
    const {text} = await read([paragraph('陵川县人民政府办公室'), paragraph('关于做好防汛工作的通知', '<w:jc w:val="center"/>'), paragraph('# 不是标题'), paragraph('')].join(''))
    expect(text).toBe('陵川县人民政府办公室\n\n# 关于做好防汛工作的通知\n\n\\# 不是标题\n')
  })

  it('maps every place of the rendering to 第 N 段 and the character, empty paragraphs not counted', async () => {
    const {text, source} = await read([paragraph('甲乙'), paragraph(''), paragraph('丙𠀀丁')].join(''))
    expect(source.paragraphs).toBe(2)
    expect(text).toBe('甲乙\n\n丙𠀀丁\n')
    // 丁 is the third character of the second paragraph that prints text: 𠀀 (outside the BMP) counts once.
    expect(paragraphSpanOf(source, text, {line: 3, column: 4})).toEqual({start: {paragraph: 2, character: 3}})
    expect(paragraphSpanOf(source, text, {start: {line: 1, column: 1}, end: {line: 1, column: 3}})).toEqual({start: {paragraph: 1, character: 1}, end: {paragraph: 1, character: 3}})
  })

  it('prints automatic numbering as Word counts it: Chinese counting, nested levels restarting, a restart override', async () => {
    const numbering = [
      '<w:abstractNum w:abstractNumId="0">',
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>',
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>',
      '</w:abstractNum>',
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    ].join('')
    const item = (level: number, text: string) => paragraph(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`)
    const {text, facts} = await read([item(0, '总体要求'), item(1, '目标'), item(1, '原则'), item(0, '工作措施'), item(1, '排查')].join(''), {numbering})
    expect(text).toBe('一、总体要求\n\n（一）目标\n\n（二）原则\n\n二、工作措施\n\n（一）排查\n')
    expect(facts.numbering).toEqual([])
  })

  it('renders a table as a pipe table, and leaves footnotes, field codes and text boxes out', async () => {
    const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`
    const table = `<w:tbl><w:tr>${cell('序号')}${cell('单位')}</w:tr><w:tr>${cell('1')}${cell('县水利局|防汛办')}</w:tr></w:tbl>`
    const footnote = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    const textBox = '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'
    const {text} = await read(`<w:p>${run('正文')}${footnote}${textBox}</w:p><w:p>${run('第')}${field}${run('页')}</w:p>${table}`)
    expect(text).toBe('正文\n\n第3页\n\n| 序号 | 单位 |\n|---|---|\n| 1 | 县水利局\\|防汛办 |\n')
  })

  it('accepts tracked changes: a deleted paragraph mark joins two paragraphs, and each change is remembered where it stands', async () => {
    const body = [
      `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>${run('各乡镇人民政府')}</w:p>`,
      `<w:p>${run('，县直各有关单位：')}</w:p>`,
      `<w:p><w:del w:id="2" w:author="a" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>旧</w:delText></w:r></w:del>${run('正文')}</w:p>`,
    ].join('')
    const {text, facts} = await read(body)
    expect(text).toBe('各乡镇人民政府，县直各有关单位：\n\n正文\n')
    expect(facts.revisions.map(({paragraph: number, inserted, deleted, paragraphMarks}) => ({number, inserted, deleted, paragraphMarks}))).toEqual([
      {number: 1, inserted: [], deleted: [], paragraphMarks: 1},
      {number: 2, inserted: [], deleted: ['旧'], paragraphMarks: 0},
    ])
  })

  it('records fonts, sizes and colours only where every run says the same, plainly (a theme font is unknown)', async () => {
    const styles = '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>'
    const {facts} = await read(
      [
        `<w:p>${run('仿宋一段', '<w:rFonts w:eastAsia="仿宋_GB2312"/><w:color w:val="ff0000"/>')}</w:p>`,
        `<w:p>${run('两种', '<w:rFonts w:eastAsia="仿宋_GB2312"/>')}${run('字体', '<w:rFonts w:eastAsia="宋体"/>')}</w:p>`,
        `<w:p>${run('主题字体', '<w:rFonts w:eastAsiaTheme="minorEastAsia"/>')}</w:p>`,
      ].join(''),
      {styles},
    )
    expect(facts.paragraphs.map(({font, size, colour}) => ({font, size, colour}))).toEqual([
      {font: '仿宋_GB2312', size: 32, colour: 'FF0000'},
      {font: undefined, size: 32, colour: undefined},
      {font: undefined, size: 32, colour: undefined},
    ])
  })

  it('an empty file is an empty draft', async () => {
    expect((await readWordDraft(new Uint8Array())).text).toBe('')
  })

  it.each([
    ['not-zip', Buffer.from('陵川县人民政府办公室\n')],
    ['legacy-doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('WordDocument', 'utf16le')])],
    ['encrypted', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')])],
    ['damaged', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)])],
  ])('tells a file that is no Word document: %s', async (problem, bytes) => {
    const error = await readWordDraft(bytes).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(WordReadError)
    expect((error as WordReadError).problem).toBe(problem)
  })

  it('tells a workbook behind a .docx name', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    zip.file('xl/workbook.xml', '<workbook/>')
    const error = await readWordDraft(await zip.generateAsync({type: 'nodebuffer'})).catch((caught: unknown) => caught)
    expect(error).toMatchObject({problem: 'not-word', detail: 'workbook'})
  })
})

describe('loading', () => {
  it('a Markdown run never loads the ZIP and XML libraries: they are imported on the first Word document only', () => {
    const script = `
      const {LintSession} = await import('@gazette-lint/engine')
      const session = new LintSession({config: {today: '2026-11-23'}})
      session.update('a.md', '陵川县人民政府办公室\\n')
      await session.lint('a.md')
      const {createRequire} = await import('node:module')
      const loaded = (name) => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/' + name + '/'))
      const before = {jszip: loaded('jszip'), saxes: loaded('saxes')}
      const {readWordDraft} = await import('@gazette-lint/core')
      await readWordDraft(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])).catch(() => {})
      console.log(JSON.stringify({before, after: {jszip: loaded('jszip'), saxes: loaded('saxes')}}))
      await session.close()
    `
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', cwd: new URL('../../../', import.meta.url).pathname})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({before: {jszip: false, saxes: false}, after: {jszip: true, saxes: true}})
  })
})
