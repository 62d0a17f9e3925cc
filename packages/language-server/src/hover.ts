/** Hover on a flagged element: each finding there with its rule's explanation and a link to the rule's page. */
import {rulesById} from '@gazette-lint/engine'
import {MarkupKind, type Hover, type Position} from 'vscode-languageserver'
import type {LintedDocument} from './linter.js'
import {contains} from './positions.js'
import {severityWord, text} from './texts.js'

const SEVERITY = {1: 'error', 2: 'warning', 3: 'info', 4: 'info'} as const

export function hoverAt(linted: LintedDocument, position: Position): Hover | null {
  const here = linted.findings.filter(({diagnostic}) => contains(diagnostic.range, position))
  if (here.length === 0) return null
  const {lang} = linted
  const sections = here.map(({message, diagnostic}) => {
    const rule = message.ruleId ? rulesById.get(message.ruleId) : undefined
    const lines = [`**${message.ruleId ?? 'gazette-lint'}** · ${severityWord(SEVERITY[diagnostic.severity ?? 1], lang)}`, '', message.reason]
    if (rule) lines.push('', rule.meta.description[lang], '', `[${text('ruleDocs', lang)}](${rule.meta.url})`)
    return lines.join('\n')
  })
  return {contents: {kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n')}, range: here[0].diagnostic.range}
}
