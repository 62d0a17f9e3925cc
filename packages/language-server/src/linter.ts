/**
 * When and what the server lints: a draft on open at once, on change after a pause (debounced), every
 * lint one after the other (the sessions are not shared between two lints at once), and a result
 * published only while it is still the document's latest version, so a stale result never covers a newer
 * one. A config that cannot be used is shown on the config file and on each draft it applies to.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ConfigError, type Lang} from '@gazette-lint/core'
import {lintTexts, type LintSession} from '@gazette-lint/engine'
import type {Connection, Diagnostic, TextDocuments} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {configDiagnostics, diagnosticOf, draftConfigDiagnostic, draftFailureDiagnostic, fileUri, type SessionMessage} from './diagnostics.js'
import type {Settings} from './settings.js'
import type {Workspaces} from './workspace.js'

export interface Finding {
  message: SessionMessage
  diagnostic: Diagnostic
}

/** A document as last linted: what code actions and hovers answer from. */
export interface LintedDocument {
  uri: string
  version: number
  absolute: string
  lang: Lang
  findings: Finding[]
  /** The draft's number as the index compares it: another open draft is linted again when it changes. */
  number?: string
  /** The text with every fix applied, computed once per version on the first request. */
  fixedText?: Promise<{text: string; applied: number}>
  session?: LintSession
}

const DRAFT = /\.(md|markdown)$/i

export function draftPath(document: TextDocument): string | undefined {
  if (!document.uri.startsWith('file:')) return undefined
  const absolute = fileURLToPath(document.uri)
  return DRAFT.test(absolute) || document.languageId === 'markdown' ? absolute : undefined
}

export class DocumentLinter {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly linted = new Map<string, LintedDocument>()
  /** Config file URI → the drafts whose lint found it unusable. */
  private readonly brokenConfigs = new Map<string, Set<string>>()
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspaces: () => Workspaces,
    private readonly settings: () => Settings,
  ) {}

  /** Lints a document after the configured pause; a later change moves the lint further. */
  schedule(uri: string, delay = this.settings().debounce): void {
    clearTimeout(this.timers.get(uri))
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri)
        void this.lintNow(uri)
      }, delay),
    )
  }

  /** Lints a document now (after the lints already queued). */
  lintNow(uri: string): Promise<LintedDocument | undefined> {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    return this.serial(() => this.lintJob(uri))
  }

  /** The document's findings for its current version, linting it first when they are older. */
  async current(uri: string): Promise<LintedDocument | undefined> {
    const document = this.documents.get(uri)
    const linted = this.linted.get(uri)
    if (!document) return undefined
    if (linted && linted.version === document.version) return linted
    return this.lintNow(uri)
  }

  /** A document was closed: its diagnostics are cleared, the session takes the draft from disk again. */
  close(uri: string, absolute: string | undefined): void {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    const linted = this.linted.get(uri)
    this.linted.delete(uri)
    this.forgetBrokenConfig(uri)
    void this.connection.sendDiagnostics({uri, diagnostics: []})
    if (!absolute) return
    void this.serial(async () => {
      const session = this.workspaces().sessionFor(absolute)
      session.remove(absolute)
      session.invalidate(absolute)
      if (linted?.number) this.relintOthers(uri)
    })
  }

  /** Every open draft again (a config, profile, registry or draft file changed, or the settings did). */
  relintAll(): void {
    for (const document of this.documents.all()) if (draftPath(document)) this.schedule(document.uri, 0)
  }

  /**
   * The text with every fix applied: the session's own `fix`, the passes `--fix` makes, on the text of this
   * version (the session holds it since the lint that produced `linted`).
   */
  async fixedText(linted: LintedDocument, document: TextDocument): Promise<{text: string; applied: number}> {
    linted.fixedText ??= this.serial(async () => {
      const session = linted.session ?? this.workspaces().sessionFor(linted.absolute)
      session.update(linted.absolute, document.getText())
      const outcome = await session.fix(linted.absolute)
      return {text: outcome.output, applied: outcome.fixed.length}
    })
    return linted.fixedText
  }

  /** Lints wait for `ready` (the editor's settings). */
  holdUntil(ready: Promise<unknown>): void {
    this.queue = this.queue.then(() => ready)
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job)
    // A failed job is logged and the queue goes on: one bad draft never stops the lints of the others.
    this.queue = run.catch((error: unknown) => this.connection.console.error(`gazette-lint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
    return run
  }

  private relintOthers(uri: string): void {
    for (const document of this.documents.all()) if (document.uri !== uri && draftPath(document)) this.schedule(document.uri)
  }

  private async lintJob(uri: string): Promise<LintedDocument | undefined> {
    const document = this.documents.get(uri)
    const absolute = document && draftPath(document)
    if (!document || !absolute) return undefined
    const {version} = document
    const lang = this.settings().lang ?? 'zh'
    const linted: LintedDocument = {uri, version, absolute, lang, findings: []}
    let diagnostics: Diagnostic[]
    try {
      const session = this.workspaces().sessionFor(absolute)
      linted.session = session
      if (session.isIgnored(absolute)) {
        session.remove(absolute)
        diagnostics = []
      } else {
        session.update(absolute, document.getText())
        const result = await session.lint(absolute)
        linted.lang = session.configFor(absolute).settings.lang
        linted.number = result.summary?.number?.canonical ?? result.summary?.number?.text
        linted.findings = result.messages.map((message) => ({message, diagnostic: diagnosticOf(message, document, session.cwd)}))
        diagnostics = linted.findings.map((finding) => finding.diagnostic)
      }
      this.forgetBrokenConfig(uri)
    } catch (error) {
      if (error instanceof ConfigError) {
        this.showBrokenConfig(error, uri)
        diagnostics = [draftConfigDiagnostic(error, lang)]
      } else {
        this.connection.console.error(`gazette-lint: ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        diagnostics = [draftFailureDiagnostic(error, lang)]
      }
    }
    // A newer version is on its way to a lint of its own, or the document was closed: this result is stale.
    if (this.documents.get(uri)?.version !== version) return undefined
    const previous = this.linted.get(uri)
    this.linted.set(uri, linted)
    await this.connection.sendDiagnostics({uri, version, diagnostics})
    if (previous?.number !== linted.number) this.relintOthers(uri)
    return linted
  }

  private showBrokenConfig(error: ConfigError, draftUri: string): void {
    const configUri = fileUri(error.file)
    this.forgetBrokenConfig(draftUri, configUri)
    const drafts = this.brokenConfigs.get(configUri) ?? new Set()
    drafts.add(draftUri)
    this.brokenConfigs.set(configUri, drafts)
    void this.connection.sendDiagnostics({uri: configUri, diagnostics: configDiagnostics(error)})
  }

  /** The draft no longer finds a config broken (it was mended, or another applies): clear what no draft still finds. */
  private forgetBrokenConfig(draftUri: string, except?: string): void {
    for (const [configUri, drafts] of this.brokenConfigs) {
      if (configUri === except || !drafts.delete(draftUri) || drafts.size > 0) continue
      this.brokenConfigs.delete(configUri)
      void this.connection.sendDiagnostics({uri: configUri, diagnostics: []})
    }
  }
}
