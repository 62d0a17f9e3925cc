import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const RULES_DIR = path.join(ROOT, 'rules')

export interface RuleExample {
  kind: 'valid' | 'invalid'
  name: string
  /** Line in the README where the example's heading stands. */
  line: number
  input: string
  /** `line:column-endLine:endColumn: message`, one per finding; `(info) message` where the severity is not the rule's own. */
  expected: string[]
  /** The draft after every fix (ESLint RuleTester's `output`); absent when the rule fixes nothing in it. */
  output?: string
  config: {lang?: 'zh' | 'en'; today?: string; stage?: 'draft' | 'publish'; options?: Record<string, unknown>; profile?: string}
  /**
   * A Word draft (the rules of the word family): the children of `<w:body>` (```` ```xml document ````), and
   * of `<w:styles>` and `<w:numbering>` when the example needs them; its findings are `段 N:C-N:C: message`
   * (paragraph and character). `input` is then empty.
   */
  word?: {body: string; styles?: string; numbering?: string}
}

/** The README of every rule folder: `rules/<family>/<rule-id>/README.md`. */
export function ruleReadmes(): Array<{id: string; family: string; file: string}> {
  const found: Array<{id: string; family: string; file: string}> = []
  for (const family of readdirSync(RULES_DIR).sort()) {
    const familyDir = path.join(RULES_DIR, family)
    if (!statSync(familyDir).isDirectory() || family === 'dist' || family === 'node_modules') continue
    for (const id of readdirSync(familyDir).sort()) {
      if (!statSync(path.join(familyDir, id)).isDirectory()) continue
      const file = path.join(familyDir, id, 'README.md')
      if (statSync(file, {throwIfNoEntry: false})?.isFile()) found.push({id, family, file})
    }
  }
  return found
}

/**
 * Reads the examples of a rule README: a `### valid: …` or `### invalid: …` heading, an optional
 * ```` ```json config ```` block, the ```` ```markdown ```` draft (or a Word draft's ```` ```xml document ````), then for invalid examples the
 * ```` ```text ```` findings and an optional ```` ```markdown output ```` block (the draft once fixed).
 * A fence with another language or role is an error, so that a misspelt block cannot be skipped silently.
 */
export function readExamples(file: string): RuleExample[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const examples: RuleExample[] = []
  let current: RuleExample | undefined
  for (let index = 0; index < lines.length; index++) {
    const heading = /^###\s+(valid|invalid)\s*[:：]\s*(.+)$/.exec(lines[index])
    if (heading) {
      current = {kind: heading[1] as 'valid' | 'invalid', name: heading[2].trim(), line: index + 1, input: '', expected: [], config: {}}
      examples.push(current)
      continue
    }
    if (/^##\s/.test(lines[index])) current = undefined
    const fence = /^(`{3,})(\w+)?(?:\s+(\w+))?\s*$/.exec(lines[index])
    if (!fence || !current) continue
    const [, ticks, language, role] = fence
    const body: string[] = []
    index++
    while (index < lines.length && lines[index] !== ticks) body.push(lines[index++])
    const content = body.join('\n') + '\n'
    const where = `${path.relative(ROOT, file)}:${index - body.length}`
    if (language === 'json' && role === 'config') current.config = JSON.parse(content)
    else if (language === 'markdown' && role === 'output') {
      if (current.kind !== 'invalid') throw new Error(`${where}: an output block belongs to an invalid example`)
      current.output = content
    } else if (language === 'markdown' && !role) current.input = content
    else if (language === 'text' && !role) current.expected = body.filter((line) => line.trim() !== '')
    else if (language === 'xml' && role === 'document') current.word = {...current.word, body: content}
    else if (language === 'xml' && (role === 'styles' || role === 'numbering')) current.word = {body: '', ...current.word, [role]: content}
    else throw new Error(`${where}: unknown example block \`\`\`${language ?? ''}${role ? ` ${role}` : ''} (one of: json config, markdown, text, markdown output, xml document, xml styles, xml numbering)`)
  }
  return examples
}
