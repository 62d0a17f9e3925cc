/** Quick fixes for the findings at hand, and "fix all" as a `source.fixAll` action. */
import {CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {documentEdit, hasFix, quickFixEdits} from './fixes.js'
import type {DocumentLinter, LintedDocument} from './linter.js'
import {intersects} from './positions.js'
import {text} from './texts.js'

export interface EditOptions {
  /** The client takes versioned `documentChanges`: an edit for an older version of the draft is refused. */
  documentChanges: boolean
}

const sameDiagnostic = (a: Diagnostic, b: Diagnostic) =>
  a.code === b.code &&
  a.message === b.message &&
  a.range.start.line === b.range.start.line &&
  a.range.start.character === b.range.start.character &&
  a.range.end.line === b.range.end.line &&
  a.range.end.character === b.range.end.character

function workspaceEdit(document: TextDocument, edits: TextEdit[], options: EditOptions): WorkspaceEdit {
  if (options.documentChanges) return {documentChanges: [{textDocument: {uri: document.uri, version: document.version}, edits}]}
  return {changes: {[document.uri]: edits}}
}

const wants = (only: string[] | undefined, kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))

export async function codeActions(params: CodeActionParams, document: TextDocument, linter: DocumentLinter, options: EditOptions): Promise<CodeAction[]> {
  const linted = await linter.current(document.uri)
  if (!linted || linted.version !== document.version) return []
  const {only} = params.context
  const actions: CodeAction[] = []
  if (wants(only, CodeActionKind.QuickFix)) {
    // The diagnostics the client sent, else every finding in the range (clients differ in what they send).
    const asked = params.context.diagnostics.length > 0
    const findings = linted.findings.filter(({diagnostic}) =>
      asked ? params.context.diagnostics.some((sent) => sameDiagnostic(sent, diagnostic)) : intersects(diagnostic.range, params.range),
    )
    for (const {message, diagnostic} of findings) {
      const edits = quickFixEdits(message, document)
      if (!edits) continue
      actions.push({
        title: text('fixOne', linted.lang, {rule: String(diagnostic.code)}),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: workspaceEdit(document, edits, options),
      })
    }
  }
  if (wants(only, CodeActionKind.SourceFixAll) && linted.findings.some(({message}) => hasFix(message))) {
    const fixAll = await fixAllAction(linted, document, linter, options)
    if (fixAll) actions.push(fixAll)
  }
  return actions
}

async function fixAllAction(linted: LintedDocument, document: TextDocument, linter: DocumentLinter, options: EditOptions): Promise<CodeAction | undefined> {
  const {text: fixed} = await linter.fixedText(linted, document)
  const edit = documentEdit(document, fixed)
  if (!edit) return undefined
  return {title: text('fixAll', linted.lang), kind: CodeActionKind.SourceFixAll, edit: workspaceEdit(document, [edit], options)}
}
