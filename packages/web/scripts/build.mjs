#!/usr/bin/env node
/**
 * Builds the page: `packages/web/dist/index.html`, one file holding everything (`npm run build:web`, after
 * `tsc -b`). The worker is the engine's own code (LintSession, the rules, the shipped profiles and schemas)
 * bundled by esbuild for the browser, with the few Node built-ins it reaches stood in for (src/browser/) and
 * every schema compiled ahead of time (validators.mjs); the page's script carries the worker's code as text
 * and starts it from a blob, since a page opened from disk (file://) may load neither a module script nor a
 * worker file. The inline script and style are allowed by their hashes in the page's Content-Security-Policy:
 * nothing else runs, nothing is fetched.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {gzipSync} from 'node:zlib'
import * as esbuild from 'esbuild'
import {validatorsModule} from './validators.mjs'

const WEB = fileURLToPath(new URL('../', import.meta.url))
export const DIST = path.join(WEB, 'dist')
export const PAGE = path.join(DIST, 'index.html')
const fromWeb = createRequire(path.join(WEB, 'package.json'))
const browser = (name) => path.join(WEB, 'src', 'browser', name)

/** Node built-ins (and two packages) as the worker has them in the browser: see src/browser/README.md. */
const STAND_INS = {
  fs: browser('node-fs.ts'),
  'fs/promises': browser('node-fs-promises.ts'),
  crypto: browser('node-crypto.ts'),
  url: browser('node-url.ts'),
  util: browser('node-misc.ts'),
  os: browser('node-misc.ts'),
  module: browser('node-misc.ts'),
  worker_threads: browser('node-misc.ts'),
  path: fromWeb.resolve('path-browserify'),
  // path-browserify is POSIX's path (core/src/word reads a Word package's names with it).
  'path/posix': fromWeb.resolve('path-browserify'),
}

/** The shipped profiles and schemas, by the paths `shipped-in-browser.ts` gives their folders. */
function shippedFiles() {
  const files = {}
  for (const [kind, packageName] of [['profiles', '@gazette-lint/profiles'], ['schemas', '@gazette-lint/schemas']]) {
    const folder = path.dirname(fromWeb.resolve(`${packageName}/package.json`))
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.json') && name !== 'package.json') files[`/gazette-lint/${kind}/${name}`] = readFileSync(path.join(folder, name), 'utf8')
    }
  }
  return files
}

function browserEngine(validators) {
  const coreDist = path.dirname(fromWeb.resolve('@gazette-lint/core'))
  return {
    name: 'gazette-lint-in-the-browser',
    setup(build) {
      build.onResolve({filter: /^node:/}, ({path: specifier}) => {
        const standIn = STAND_INS[specifier.slice('node:'.length)]
        if (!standIn) throw new Error(`the worker imports ${specifier}, which has no stand-in in src/browser/`)
        return {path: standIn}
      })
      build.onResolve({filter: /^(fs|path|path\/posix|crypto|url|util|os|module|worker_threads)$/}, ({path: specifier}) => ({path: STAND_INS[specifier]}))
      build.onResolve({filter: /^ajv$/}, () => ({path: browser('precompiled-ajv.ts')}))
      build.onResolve({filter: /^iconv-lite$/}, () => ({path: browser('iconv-lite.ts')}))
      build.onResolve({filter: /^\.\/shipped\.js$/}, (args) => (args.resolveDir === coreDist ? {path: browser('shipped-in-browser.ts')} : undefined))
      build.onResolve({filter: /^virtual:/}, ({path: specifier}) => ({path: specifier, namespace: 'virtual'}))
      build.onLoad({filter: /^virtual:shipped-files$/, namespace: 'virtual'}, () => ({contents: JSON.stringify(shippedFiles()), loader: 'json'}))
      build.onLoad({filter: /^virtual:validators$/, namespace: 'virtual'}, () => ({contents: validators, loader: 'js', resolveDir: WEB}))
    },
  }
}

const COMMON = {bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: WEB}

async function bundleWorker() {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [path.join(WEB, 'src', 'worker', 'lint-worker.ts')],
    // A worker has no document: packages with a DOM build (decode-named-character-reference) give their worker one.
    conditions: ['worker', 'browser'],
    inject: [browser('process.ts')],
    // Only code the page never runs reads it (the thread pool's worker file, the reporters' own version).
    define: {'import.meta.url': JSON.stringify('file:///gazette-lint/worker.js')},
    plugins: [browserEngine(await validatorsModule())],
    metafile: true,
  })
  return {code: result.outputFiles[0].text, metafile: result.metafile}
}

async function bundlePage(workerCode) {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [path.join(WEB, 'src', 'page', 'main.ts')],
    plugins: [
      {
        name: 'worker-source',
        setup(build) {
          build.onResolve({filter: /^virtual:worker-source$/}, () => ({path: 'worker-source', namespace: 'virtual'}))
          build.onLoad({filter: /.*/, namespace: 'virtual'}, () => ({contents: `export default ${JSON.stringify(workerCode)}`, loader: 'js'}))
        },
      },
    ],
  })
  return result.outputFiles[0].text
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * Script text for an inline <script>: `<!--`, `<script` and `</script` would change how the HTML parser reads
 * the element, and in minified code they stand only inside strings and regular expressions (the engine's
 * suppression comments are `<!-- … -->`), where `\x3C` is the same `<`.
 */
function inlineScript(text) {
  return text.replace(/<(?=!--|\/?script)/gi, '\\x3C')
}

/** Style text for an inline <style>: it has no strings that could end the element, and must not. */
function inlineStyle(text) {
  if (/<\/style/i.test(text)) throw new Error('the page\'s style holds "</style": it cannot be inlined as is')
  return text
}

/** Builds the page; returns where it is and its size. */
export async function buildPage({outDir = DIST} = {}) {
  const worker = await bundleWorker()
  const script = inlineScript(await bundlePage(worker.code))
  const css = (await esbuild.transform(readFileSync(path.join(WEB, 'src', 'page', 'page.css'), 'utf8'), {loader: 'css', minify: true})).code
  const style = inlineStyle(css)
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'worker-src blob:',
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types gazette-lint-worker',
  ].join('; ')
  const template = readFileSync(path.join(WEB, 'src', 'page', 'index.html'), 'utf8')
  const html = template
    .replace('%CONTENT_SECURITY_POLICY%', () => policy)
    .replace('/*%STYLE%*/', () => style)
    .replace('/*%SCRIPT%*/', () => script)
  mkdirSync(outDir, {recursive: true})
  const page = path.join(outDir, 'index.html')
  writeFileSync(page, html)
  const bytes = Buffer.byteLength(html)
  return {page, bytes, gzipBytes: gzipSync(html, {level: 9}).length, workerBytes: Buffer.byteLength(worker.code), policy, metafile: worker.metafile}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const {page, bytes, gzipBytes} = await buildPage()
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`
  process.stderr.write(`build:web: ${path.relative(process.cwd(), page)}, ${kb(bytes)} (${kb(gzipBytes)} gzipped)\n`)
}
