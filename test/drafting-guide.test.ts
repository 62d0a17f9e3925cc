/**
 * The drafting guide (docs/起草指南.md, docs/drafting-guide.md) is true: its example drafts lint clean, its sample
 * output is the command's, its config snippets are configs gazette-lint accepts, and it tells what to do for every
 * rule; the README points to it first.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {loadConfigText, resolveConfig} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/engine'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const GUIDES = ['docs/起草指南.md', 'docs/drafting-guide.md'].map((file) => ({file, text: readFileSync(path.join(ROOT, file), 'utf8')}))
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-guide-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** The fenced blocks of a kind, and for `markdown` only those marked `<!-- lint: clean -->` on the line before. */
function blocks(text: string, language: string, marked = false): string[] {
  const pattern = new RegExp(`${marked ? '<!-- lint: clean -->\\n' : ''}\`\`\`${language}\\n([\\s\\S]*?)\`\`\`\\n`, 'g')
  return [...text.matchAll(pattern)].map((match) => match[1])
}

describe.each(GUIDES)('$file', ({file, text}) => {
  const examples = blocks(text, 'markdown', true)

  it('has its example drafts marked, the complete one first', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2)
  })

  it.each(examples.map((draft, index) => [index, draft]))('example draft %i lints clean', async (index, draft) => {
    const name = `${path.basename(file, '.md')}-${index}.md`
    writeFileSync(path.join(tmp, name), draft as string)
    const run = await runCli(['--format', 'json', name], {cwd: tmp})
    expect(parseJsonReport(run.stdout)[0].messages.map((m) => `${m.line}:${m.ruleId}: ${m.message}`)).toEqual([])
    expect(run.status).toBe(0)
  })

  it('the complete example has every element of a notice, county checks included', async () => {
    writeFileSync(path.join(tmp, 'complete.md'), examples[0])
    const [result] = parseJsonReport((await runCli(['--format', 'json', 'complete.md'], {cwd: tmp})).stdout)
    const summary = result.summary as unknown as Record<string, {text?: string; items?: unknown[]} & unknown[]>
    expect(examples[0].startsWith('---\n')).toBe(true)
    expect(summary.issuer.text).toBe('陵川县人民政府办公室')
    expect(summary.number.text).toBe('陵政办发〔2026〕12号')
    expect(summary.addressee.text).toBe('各乡镇人民政府，县直有关单位：')
    expect(summary.signature.text).toBe('陵川县人民政府办公室')
    expect(summary.date.text).toBe('2026年4月15日')
    expect(summary.disclosureFlags).toHaveLength(1)
    expect(summary.repealNotes).toHaveLength(1)
    expect(summary.annotations.items!.length).toBeGreaterThanOrEqual(5)
    // A shipped county's draft: no profile-missing, so 代字, issuer, gazetteer and registry were all checked.
    expect(result.messages).toEqual([])
  })

  it.each(blocks(text, 'text').filter((block) => block.startsWith('$ npx gazette-lint ')).map((block) => [block.split('\n')[0], block]))(
    'shows the real output of %s',
    async (_command, block) => {
      const [command, ...output] = (block as string).split('\n')
      expect((await runCli(command.replace('$ npx gazette-lint ', '').split(' '))).stdout).toBe(output.join('\n'))
    },
  )

  it.each(blocks(text, 'yaml'))('config snippet is a config gazette-lint accepts: %s', (snippet) => {
    const loaded = loadConfigText(snippet, path.join(tmp, '.gazettelintrc.yaml'), allRules)
    expect(() => resolveConfig(loaded, allRules)).not.toThrow()
  })

  it('says what to do for every rule, linking its page', () => {
    for (const {meta} of allRules) {
      expect(text, meta.id).toContain(`**[\`${meta.id}\`](../rules/${meta.family}/${meta.id}/README.md)**`)
    }
  })

  it('explains the stages, the fixes, the editor and init', () => {
    for (const needle of ['--stage publish', '陵政办发〔2026〕　号', '2026年 月 日', '--fix-dry-run', '--fix ', '../README.md#in-the-editor', 'init --county 阳城县', '--published']) {
      expect(text, needle).toContain(needle)
    }
  })
})

describe('the two guides', () => {
  it('show the same drafts', () => {
    expect(blocks(GUIDES[1].text, 'markdown', true)).toEqual(blocks(GUIDES[0].text, 'markdown', true))
  })

  it('are linked from the README before its Quick start', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const quickStart = readme.indexOf('## Quick start')
    for (const link of ['(docs/起草指南.md)', '(docs/drafting-guide.md)']) {
      expect(readme.indexOf(link), link).toBeGreaterThan(0)
      expect(readme.indexOf(link), link).toBeLessThan(quickStart)
    }
  })
})
