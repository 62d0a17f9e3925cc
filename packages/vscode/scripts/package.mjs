#!/usr/bin/env node
// `npm run package -w packages/vscode [-- --out file.vsix]`: the extension as a .vsix. Bundles the client and
// the language server with esbuild, lays the server bundle out where @gazette-lint/core's build output stands
// in the repository (core finds the shipped profiles and schemas relative to its own module: ../../profiles/,
// ../../../schemas/), copies those beside it, then packs with vsce, which needs no network for this.
// Run `npm run build` first: the server is bundled from its build output.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = fileURLToPath(new URL('..', import.meta.url))
const root = path.resolve(here, '..', '..')
const manifest = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'))
const outArg = process.argv.indexOf('--out')
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(here, `gazette-lint-${manifest.version}.vsix`))

const serverEntry = path.join(root, 'packages', 'language-server', 'dist', 'bin.js')
if (!existsSync(serverEntry)) {
  console.error(`package: ${path.relative(root, serverEntry)} is missing; run npm run build first`)
  process.exit(2)
}

rmSync(path.join(here, 'dist'), {recursive: true, force: true})
rmSync(path.join(here, 'server'), {recursive: true, force: true})

await build({
  entryPoints: [path.join(here, 'src', 'extension.ts')],
  outfile: path.join(here, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning',
})

const serverDir = path.join(here, 'server')
await build({
  entryPoints: [serverEntry],
  outfile: path.join(serverDir, 'packages', 'language-server', 'dist', 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  // Bundled CommonJS modules (vscode-languageserver) call require() for Node's own modules.
  banner: {js: "import {createRequire as gazetteLintRequire} from 'node:module'; const require = gazetteLintRequire(import.meta.url);"},
  logLevel: 'warning',
})
cpSync(path.join(root, 'packages', 'language-server', 'package.json'), path.join(serverDir, 'packages', 'language-server', 'package.json'))
mkdirSync(path.join(serverDir, 'packages', 'profiles'), {recursive: true})
for (const name of readdirSync(path.join(root, 'packages', 'profiles')).filter((file) => file.endsWith('.json') && file !== 'package.json')) {
  cpSync(path.join(root, 'packages', 'profiles', name), path.join(serverDir, 'packages', 'profiles', name))
}
cpSync(path.join(root, 'schemas'), path.join(serverDir, 'schemas'), {recursive: true})

const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce')
const packed = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {cwd: here, stdio: ['ignore', 'inherit', 'inherit']})
process.exit(packed.status ?? 1)
