import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {compileOptionsSchema, loadConfigFile, resolveConfig} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/engine'
import {describe, expect, it} from 'vitest'
import {ROOT, readExamples, ruleReadmes} from './helpers/rule-docs.js'
import {SHARED_DIR, sharedAvailability} from './helpers/shared.js'

const shared = sharedAvailability()
if (shared.skip) console.warn(shared.reason)

/** Rule rows of the tables in rules.md: `| \`id\` | default | fix | …`. */
function specRules(): Array<{id: string; severity: string; fixable: boolean; table: string}> {
  const text = readFileSync(path.join(SHARED_DIR, 'spec', 'rules.md'), 'utf8')
  const rows: Array<{id: string; severity: string; fixable: boolean; table: string}> = []
  let table = ''
  for (const line of text.split('\n')) {
    const heading = /^##\s+(.+)$/.exec(line)
    if (heading) table = heading[1].trim()
    const row = /^\|\s*`([a-z-]+)`\s*\|\s*(error|warning|info)\s*\|\s*(yes|–|-)\s*\|/.exec(line)
    if (row) rows.push({id: row[1], severity: row[2], fixable: row[3] === 'yes', table})
  }
  return rows
}

describe('the rule ids of rules.md are a contract', () => {
  it.skipIf(shared.skip)('every rule of rules.md exists with its default severity and fixability', () => {
    const byId = new Map(allRules.map((rule) => [rule.meta.id, rule.meta]))
    const rows = specRules()
    expect(rows.length).toBeGreaterThanOrEqual(28)
    for (const row of rows) {
      const meta = byId.get(row.id)
      expect(meta, `rule ${row.id} (${row.table})`).toBeDefined()
      expect({id: row.id, severity: meta!.severity, fixable: meta!.fixable}).toEqual({id: row.id, severity: row.severity, fixable: row.fixable})
    }
  })

  it('every rule has a README with examples, Chinese and English messages and a docs url', () => {
    const readmes = new Map(ruleReadmes().map((entry) => [entry.id, entry]))
    for (const rule of allRules) {
      const readme = readmes.get(rule.meta.id)
      expect(readme, `README of ${rule.meta.id}`).toBeDefined()
      expect(readme!.family).toBe(rule.meta.family)
      expect(readExamples(readme!.file).length).toBeGreaterThanOrEqual(2)
      // By default a finding links the README the installed package ships, a page that exists wherever it runs.
      expect(rule.meta.url).toBe(pathToFileURL(readme!.file).href)
      for (const [messageId, text] of Object.entries(rule.meta.messages)) {
        expect(text.zh, `${rule.meta.id}/${messageId} zh`).toMatch(/[\u4e00-\u9fa5]/)
        expect(text.en, `${rule.meta.id}/${messageId} en`).toMatch(/^[\x20-\x7e\u3000-\u303f\u4e00-\u9fa5\uff00-\uffef“”‘’—…·]+$/)
      }
    }
    expect([...readmes.keys()].sort()).toEqual(allRules.map((rule) => rule.meta.id).sort())
  })

  // A check of the tool's own comments (suppression-rule-known) is neither: it is classified as the tool's.
  it('every README classifies each check of its rule as a national rule or a county convention (or the tool\'s own), with a source', () => {
    for (const {id, file} of ruleReadmes()) {
      const text = readFileSync(file, 'utf8')
      const section = /^## 全国规则与本县惯例 \/ National rule or county convention\n\n\| 检查 \/ check \| 类别 \/ kind \| 依据 \/ source \|\n\|---\|---\|---\|\n((?:\|.*\|\n)+)/mu.exec(text)
      expect(section, `${id}: the classification table`).not.toBeNull()
      for (const row of section![1].trim().split('\n')) {
        const [check, kind, source] = row.split(/(?<!\\)\|/u).slice(1, 4).map((cell) => cell.trim())
        expect(check.length, `${id}: ${row}`).toBeGreaterThan(0)
        expect(kind, `${id}: ${row}`).toMatch(/^(?:全国 \/ national|本县惯例 \/ convention|工具 \/ tool)/u)
        expect(source.length, `${id}: ${row}`).toBeGreaterThanOrEqual(4)
      }
    }
  })

  it('every rule\'s default options validate against its options schema (a run without options skips the check)', () => {
    for (const {meta} of allRules) {
      if (!meta.optionsSchema) continue
      const validate = compileOptionsSchema(meta.optionsSchema)
      expect(validate({...meta.defaultOptions}), `${meta.id}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })

  it('the config schema knows exactly the registered rule ids', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'config.schema.json'), 'utf8'))
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(allRules.map((rule) => rule.meta.id).sort())
  })
})

describe('the README', () => {
  it('lists every rule with its default severity, fix and the link to its page', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    for (const rule of allRules) {
      const {id, family, severity, fixable} = rule.meta
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`${id}\`](rules/${family}/${id}/README.md) |`))
      expect(row, `README row for ${id}`).toBeDefined()
      expect(row!.split('|').map((cell) => cell.trim()).slice(2, 4)).toEqual([severity, fixable ? 'yes' : '–'])
    }
  })
})

describe('the README\'s fixing section', () => {
  it('names each fixable rule under its type, as --fix-type selects them', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('- `--fix-type` takes the rule types'), readme.indexOf('- Suggestions ("did you mean'))
    for (const type of ['problem', 'suggestion', 'layout'] as const) {
      const described = section.slice(section.indexOf(`\`${type}\` (`))
      const listed = [...described.slice(0, described.indexOf(')')).matchAll(/`([a-z]+(?:-[a-z]+)+)`/g)].map((match) => match[1]).sort()
      const fixable = allRules.filter((rule) => rule.meta.fixable && rule.meta.type === type).map((rule) => rule.meta.id).sort()
      expect(listed, type).toEqual(fixable)
    }
  })
})

describe('the README configuration example', () => {
  it('is a config gazette-lint accepts', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const example = /```json\n(\{\n {2}"profile"[\s\S]*?)\n```/.exec(readme)?.[1]
    expect(example, 'the configuration example in the README').toBeDefined()
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-readme-'))
    try {
      mkdirSync(path.join(dir, 'published'))
      writeFileSync(path.join(dir, '.gazettelintrc.json'), example!)
      expect(() => resolveConfig(loadConfigFile(path.join(dir, '.gazettelintrc.json'), allRules), allRules)).not.toThrow()
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
