#!/usr/bin/env node
// `npm run package -w packages/vscode [-- --out file.vsix]`: the extension as a .vsix. Bundles the client with
// esbuild and the language server as its npm package is bundled (scripts/bundle.mjs: the server, its worker,
// the schemas, profiles and rule pages), then packs with vsce, which needs no network for this.
import {spawnSync} from 'node:child_process'
import {cpSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {bundlePackage} from '../../../scripts/bundle.mjs'

const here = fileURLToPath(new URL('..', import.meta.url))
const root = path.resolve(here, '..', '..')
const manifest = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'))
const outArg = process.argv.indexOf('--out')
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(here, `gazette-lint-${manifest.version}.vsix`))

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

// The server as its published package lays it out (scripts/bundle.mjs): bundle/ with schemas/, profiles/ and the
// rule pages beside it, which core finds relative to the bundle.
await bundlePackage(path.join(root, 'packages', 'language-server'), path.join(here, 'server'))
// The server tells its version from its package's manifest, beside the bundle as in the npm package.
cpSync(path.join(root, 'packages', 'language-server', 'package.json'), path.join(here, 'server', 'package.json'))

const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce')
const packed = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {cwd: here, stdio: ['ignore', 'inherit', 'inherit']})
process.exit(packed.status ?? 1)
