/**
 * A real language-server process driven over stdio with vscode-jsonrpc, as an editor drives it: the
 * client side of the tests (no part of the server is stood in for).
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'
import type {Diagnostic} from 'vscode-languageserver'
import {afterEach} from 'vitest'
import {ROOT} from './rule-docs.js'

export const SERVER_BIN = path.join(ROOT, 'packages/language-server/bin/gazette-lint-language-server.js')
export const TODAY = '2026-11-23'

export interface Published {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

export const uriOf = (file: string) => pathToFileURL(file).href

/** A copy of the examples in a fresh folder: a workspace of drafts the tests may change on disk. */
export function exampleWorkspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-lsp-'))
  const examples = path.join(ROOT, 'examples')
  // Not examples/ci: CI configurations, no drafts.
  cpSync(examples, dir, {recursive: true, filter: (source) => path.relative(examples, source).split(path.sep)[0] !== 'ci'})
  return dir
}

export interface ClientOptions {
  workspace: string
  /** What the client answers to `workspace/configuration` (undefined: the client does not offer it). */
  settings?: Record<string, unknown>
  initializationOptions?: unknown
  watchFiles?: boolean
  /** The server's entry script (default: the package's bin). */
  server?: string
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams
  readonly connection: MessageConnection
  readonly published: Published[] = []
  readonly logs: string[] = []
  readonly registrations: Array<{method: string; registerOptions?: unknown}> = []
  private waiters: Array<() => void> = []
  stderr = ''
  settings: Record<string, unknown> | undefined

  constructor(readonly options: ClientOptions) {
    this.settings = options.settings
    this.process = spawn(process.execPath, [options.server ?? SERVER_BIN, '--stdio'], {env: {...process.env, GAZETTE_LINT_TODAY: TODAY}})
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params)
      this.wake()
    })
    this.connection.onNotification('window/logMessage', ({message}: {message: string}) => {
      this.logs.push(message)
      this.wake()
    })
    this.connection.onNotification('window/showMessage', ({message}: {message: string}) => {
      this.logs.push(message)
      this.wake()
    })
    this.connection.onRequest('client/registerCapability', ({registrations}: {registrations: LspClient['registrations']}) => {
      this.registrations.push(...registrations)
      this.wake()
      return null
    })
    this.connection.onRequest('workspace/configuration', ({items}: {items: unknown[]}) => items.map(() => this.settings ?? null))
    this.connection.listen()
  }

  /** The server's answer to initialize. */
  initialized?: {capabilities: Record<string, unknown>; serverInfo?: {name: string; version?: string}}

  async initialize(): Promise<NonNullable<LspClient['initialized']>> {
    const {workspace, settings, watchFiles = true} = this.options
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(workspace),
      workspaceFolders: [{uri: uriOf(workspace), name: 'drafts'}],
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        general: {positionEncodings: ['utf-16']},
        workspace: {
          configuration: settings !== undefined,
          didChangeWatchedFiles: {dynamicRegistration: watchFiles},
          workspaceEdit: {documentChanges: true},
          workspaceFolders: true,
        },
        textDocument: {publishDiagnostics: {relatedInformation: true, versionSupport: true, codeDescriptionSupport: true}},
      },
    })
    await this.connection.sendNotification('initialized', {})
    this.initialized = result as LspClient['initialized']
    return this.initialized!
  }

  open(file: string, text = readFileSync(file, 'utf8'), version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: uriOf(file), languageId: 'markdown', version, text}})
  }

  change(file: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {textDocument: {uri: uriOf(file), version}, contentChanges: [{text}]})
  }

  close(file: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', {textDocument: {uri: uriOf(file)}})
  }

  filesChanged(changes: Array<{file: string; type: 1 | 2 | 3}>): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: changes.map(({file, type}) => ({uri: uriOf(file), type}))})
  }

  /** Resolves when `predicate` holds for what was received; fails, saying what came, when it never does. */
  async until<T>(what: string, predicate: () => T | undefined, limit = 20_000): Promise<T> {
    const deadline = Date.now() + limit
    for (;;) {
      const found = predicate()
      if (found !== undefined && found !== false) return found
      if (Date.now() > deadline || this.process.exitCode !== null) {
        throw new Error(`never received ${what}; published: ${JSON.stringify(this.published.map((p) => ({uri: p.uri.split('/').pop(), version: p.version, codes: p.diagnostics.map((d) => d.code)})))}; stderr: ${this.stderr}`)
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** The first diagnostics published for a file (at a version, when given) after `after` notifications. */
  diagnostics(file: string, {version, after = 0}: {version?: number; after?: number} = {}): Promise<Diagnostic[]> {
    const uri = uriOf(file)
    return this.until(`diagnostics of ${path.basename(file)}${version === undefined ? '' : ` v${version}`}`, () =>
      this.published.slice(after).find((p) => p.uri === uri && (version === undefined || p.version === version))?.diagnostics,
    )
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null) {
      try {
        await this.connection.sendRequest('shutdown')
        await this.connection.sendNotification('exit')
      } catch {
        // a server already gone
      }
      await new Promise<void>((resolve) => {
        if (this.process.exitCode !== null) return resolve()
        this.process.once('exit', () => resolve())
        setTimeout(() => this.process.kill(), 5000).unref()
      })
    }
    this.connection.dispose()
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const wake of waiters) wake()
  }
}

/** Starts initialized clients against `workspace` for the tests of a file, and stops them after each test. */
export function clientStarter(workspace: string): (options?: Partial<ClientOptions>) => Promise<LspClient> {
  const clients: LspClient[] = []
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.stop()))
  })
  return async (options = {}) => {
    const client = new LspClient({workspace, ...options})
    clients.push(client)
    await client.initialize()
    return client
  }
}
