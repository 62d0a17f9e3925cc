/** `gazette-lint-language-server --stdio`: the server on standard input and output. */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {SERVER_NAME, serverVersion, startServer} from './server.js'

const USAGE = `${SERVER_NAME} [--stdio]

The gazette-lint language server (LSP 3.17). It speaks over standard input and output; editors start it
with --stdio (the default). See the README of gazette-lint for the setup of VS Code, Neovim, Emacs and Vim.

  --stdio          talk LSP over stdin and stdout (default)
  -h, --help       this help
  -v, --version    the version
`

const args = process.argv.slice(2)
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write(USAGE)
} else if (args.includes('-v') || args.includes('--version')) {
  process.stdout.write(`${serverVersion()}\n`)
} else {
  // Some clients add their own options (--clientProcessId=…); only another transport is refused.
  const transport = args.find((arg) => /^--(node-ipc|socket|pipe)\b/.test(arg))
  if (transport) {
    process.stderr.write(`${SERVER_NAME}: ${transport} is not supported; start the server with --stdio\n`)
    process.exitCode = 2
  } else {
    const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
    // Whatever escapes a handler is logged to the client, never a dead server in the middle of a day's work.
    process.on('uncaughtException', (error) => connection.console.error(`${SERVER_NAME}: ${error.stack ?? error.message}`))
    process.on('unhandledRejection', (reason) => connection.console.error(`${SERVER_NAME}: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`))
    startServer(connection)
  }
}
