/** The gazette-lint language server as a library: `startServer(connection)` on any LSP connection. */
export {startServer, SERVER_NAME, serverVersion} from './server.js'
export {readSettings, DEFAULT_SETTINGS, type Settings} from './settings.js'
