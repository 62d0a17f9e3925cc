/**
 * The language server: LSP 3.17 over a connection, a thin front end on the lint session. It turns editor
 * events into session calls (`update`, `lint`, `remove`, `invalidate`, `indexFolder`) and findings into
 * diagnostics, code actions and hovers; config discovery, profiles, registry, cross-file numbers,
 * suppression and severity are the session's.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions} from './code-actions.js'
import {hoverAt} from './hover.js'
import {DocumentLinter, draftPath} from './linter.js'
import {DEFAULT_SETTINGS, readSettings, type Settings} from './settings.js'
import {text} from './texts.js'
import {Workspaces} from './workspace.js'

export const SERVER_NAME = 'gazette-lint-language-server'

export function serverVersion(): string {
  return (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as {version: string}).version
}

/** Files whose change can change findings: configs, profile and registry JSON, and drafts on disk. */
const WATCHED = ['**/.gazettelintrc.{json,yaml,yml}', '**/*.json', '**/*.{md,markdown}']

const uriToPath = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined)

/** A request without the fields LSP requires is answered with InvalidParams, naming them. */
function requireFields(method: string, params: unknown, fields: string[]): void {
  const missing = fields.filter((field) => (params as Record<string, unknown> | null)?.[field] == null)
  if (missing.length > 0) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${missing.join(', ')} missing from the params`)
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  let capabilities: ClientCapabilities = {}
  let settings: Settings = {...DEFAULT_SETTINGS}
  let workspaces = new Workspaces({revalidate: true})
  const linter = new DocumentLinter(connection, documents, () => workspaces, () => settings)

  const canWatchFiles = () => capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
  const canPullSettings = () => capabilities.workspace?.configuration === true

  const takeSettings = (raw: unknown) => {
    const read = readSettings(raw)
    // A notification, not a request: the editor owes no answer to a warning.
    for (const problem of read.problems) {
      void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: text('settingIgnored', read.settings.lang ?? 'zh', {...problem})})
    }
    settings = read.settings
    return workspaces.setLang(settings.lang)
  }

  const pullSettings = async () => {
    if (!canPullSettings()) return false
    try {
      const [section] = (await connection.workspace.getConfiguration([{section: 'gazetteLint'}])) as unknown[]
      return takeSettings(section)
    } catch (error) {
      connection.console.warn(`gazette-lint: cannot read the settings: ${(error as Error).message}`)
      return false
    }
  }

  let markSettingsRead = () => {}
  const settingsRead = new Promise<void>((resolve) => (markSettingsRead = resolve))

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities ?? {}
    const options = params.initializationOptions as {settings?: unknown} | undefined
    workspaces = new Workspaces({revalidate: !canWatchFiles()})
    takeSettings(options?.settings ?? options)
    // No draft is linted before the editor's settings are read: a first lint in the wrong language would flash.
    linter.holdUntil(settingsRead)
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    workspaces.setFolders(folders.map(uriToPath).filter((folder): folder is string => folder !== undefined))
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll]},
        hoverProvider: true,
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}},
      },
      serverInfo: {name: SERVER_NAME, version: serverVersion()},
    }
  })

  connection.onInitialized(async () => {
    if (canWatchFiles()) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: WATCHED.map((globPattern) => ({globPattern}))})
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, {section: 'gazetteLint'})
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({added, removed}) => {
        for (const folder of removed) workspaces.removeFolder(uriToPath(folder.uri) ?? '')
        for (const folder of added) {
          const folderPath = uriToPath(folder.uri)
          if (folderPath) workspaces.addFolder(folderPath)
        }
        linter.relintAll()
      })
    }
    await pullSettings().finally(markSettingsRead)
  })

  connection.onDidChangeConfiguration(async ({settings: pushed}) => {
    const changed = canPullSettings() ? await pullSettings() : takeSettings((pushed as {gazetteLint?: unknown} | null)?.gazetteLint)
    // The debounce needs no new lint; the language does.
    if (changed) linter.relintAll()
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    let mattered = false
    for (const change of changes) {
      const changed = uriToPath(change.uri)
      if (changed && workspaces.invalidate(changed)) mattered = true
    }
    if (mattered) linter.relintAll()
  })

  // Opening fires a content change too, right after: the open lint is queued already, so that one is skipped.
  const opening = new Set<string>()
  documents.onDidOpen(({document}) => {
    if (!draftPath(document)) return
    opening.add(document.uri)
    void linter.lintNow(document.uri)
  })
  documents.onDidChangeContent(({document}) => {
    if (opening.delete(document.uri) || !draftPath(document)) return
    linter.schedule(document.uri)
  })
  documents.onDidClose(({document}) => linter.close(document.uri, draftPath(document)))

  connection.onHover(async (params) => {
    requireFields('textDocument/hover', params, ['textDocument', 'position'])
    // The findings of the text on screen: after a change, the lint it waits for comes first.
    const linted = await linter.current(params.textDocument.uri)
    return linted ? hoverAt(linted, params.position) : null
  })

  connection.onCodeAction(async (params) => {
    requireFields('textDocument/codeAction', params, ['textDocument', 'range', 'context'])
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true
    return codeActions(params, document, linter, {documentChanges})
  })

  documents.listen(connection)
  connection.listen()
}
