/**
 * The gazette-lint extension: a language client that starts the bundled gazette-lint language server for
 * Markdown files. Everything else (findings, fixes, hovers, configs) is the server's.
 */
import type {ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {SERVER_MODULE} from './server-path.js'

let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(SERVER_MODULE)
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6019']}},
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{scheme: 'file', language: 'markdown'}],
  }
  client = new LanguageClient('gazetteLint', 'gazette-lint', serverOptions, clientOptions)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
