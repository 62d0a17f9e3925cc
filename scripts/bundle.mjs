#!/usr/bin/env node
/**
 * Makes a public package self-contained for its tarball (docs/RELEASING.md). The package's `prepack` runs
 * `node ../../scripts/bundle.mjs`; the repository root's runs it with `packages/cli` for the pre-commit hook.
 * The VS Code extension's packer (packages/vscode/scripts/package.mjs) lays the language server out the same
 * way inside the .vsix, through `bundlePackage`.
 *
 * It builds the workspace (tsc -b), bundles the package's entry modules with every workspace package and
 * third-party module they import, and the engine's worker thread, into `<out>/bundle/`, then copies
 * beside the bundle what it reads at run time: `schemas/`, `profiles/`, the rule pages
 * `rules/<family>/<id>/README.md`, the drafting guides `docs/`, `LICENSE`, and the licences of the bundled modules. Installing the
 * tarball then needs no registry at all: no workspace package is published, no dependency is fetched.
 *
 * Writes nothing to stdout: `npm pack` prints the tarball's name there, and pre-commit reads it.
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import * as esbuild from 'esbuild'
import {validatorsModule} from '../packages/web/scripts/validators.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

/** The entry modules of each public package (built files under the package), besides the worker. */
export const ENTRIES = {
  'gazette-lint': {bin: 'dist/bin.js', main: 'dist/main.js'},
  'remark-preset-lint-gazette': {index: 'dist/index.js'},
  'gazette-lint-language-server': {bin: 'dist/bin.js'},
}

/** The bundle's build stamp, beside its modules (the name cache.ts reads). */
const TOOL_STAMP_FILE = 'tool-stamp.txt'

/** The drafting guides shipped beside the rule pages, in Chinese and English. */
const DRAFTING_GUIDES = ['起草指南.md', 'drafting-guide.md']

/** What the bundle writes into its folder; removed first so nothing stale is packed. */
const BUNDLE_OUTPUTS = ['bundle', 'schemas', 'profiles', 'rules', 'docs', 'LICENSE']

class BundleError extends Error {}
const fail = (message) => {
  throw new BundleError(message)
}

/** Bundles the public package in `packageDir` into `outDir` (the package itself by default). */
export async function bundlePackage(packageDir, outDir = packageDir) {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  const entries = ENTRIES[manifest.name]
  if (!entries) fail(`${manifest.name} is not a public package (known: ${Object.keys(ENTRIES).join(', ')})`)

  const tsc = spawnSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-b'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  })
  if (tsc.status !== 0) fail('the build (tsc -b) failed')

  for (const output of BUNDLE_OUTPUTS) rmSync(path.join(outDir, output), {recursive: true, force: true})

  const fromRoot = createRequire(path.join(ROOT, 'package.json'))
  const packageFolder = (name) => path.dirname(fromRoot.resolve(`${name}/package.json`))
  /** The folder of a workspace package's entry module: its build. */
  const buildFolder = (name) => path.dirname(fromRoot.resolve(name))
  const coreDist = buildFolder('@gazette-lint/core')

  /** In the bundle, the shipped files are beside it (shipped-in-bundle.js), not in workspace packages. */
  const shippedInBundle = {
    name: 'shipped-in-bundle',
    setup(build) {
      build.onResolve({filter: /^\.\/shipped\.js$/}, (args) =>
        args.resolveDir === coreDist ? {path: path.join(coreDist, 'shipped-in-bundle.js')} : undefined,
      )
    },
  }

  /** Core's schemas compiled ahead of time (bundle/precompiled-ajv.mjs): core's schema.ts gets that `ajv`, every other module Ajv itself. */
  const schemaModule = path.join(coreDist, 'schema.js')
  const precompiledAjv = path.join(ROOT, 'scripts', 'bundle', 'precompiled-ajv.mjs')
  const validators = await validatorsModule()
  const precompiledSchemas = {
    name: 'precompiled-schemas',
    setup(build) {
      build.onResolve({filter: /^ajv$/}, (args) => (args.importer === schemaModule ? {path: precompiledAjv} : undefined))
    },
  }

  const onDemand = await buildOnDemandModules(path.join(outDir, 'bundle'), coreDist, validators)

  const result = await esbuild.build({
    entryPoints: {
      ...Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(packageDir, file)])),
      // The engine starts it as `new URL('./worker.js', import.meta.url)`: it must sit beside every chunk.
      worker: path.join(buildFolder('@gazette-lint/engine'), 'worker.js'),
    },
    outdir: path.join(outDir, 'bundle'),
    // The metafile's input paths are relative to this.
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.10',
    // CommonJS dependencies (ajv, picomatch) call require(); an ES module has none of its own.
    banner: {js: "import {createRequire as __bundleCreateRequire} from 'node:module'; const require = __bundleCreateRequire(import.meta.url);"},
    plugins: [shippedInBundle, precompiledSchemas, onDemand.plugin],
    metafile: true,
    logLevel: 'warning',
  })
  if (result.errors.length > 0) fail('esbuild failed')
  writeToolStamp(path.join(outDir, 'bundle'))

  const copyJsonFiles = (from, to) => {
    mkdirSync(to, {recursive: true})
    for (const name of readdirSync(from)) {
      if (name.endsWith('.json') && name !== 'package.json') cpSync(path.join(from, name), path.join(to, name))
    }
  }
  copyJsonFiles(packageFolder('@gazette-lint/schemas'), path.join(outDir, 'schemas'))
  copyJsonFiles(packageFolder('@gazette-lint/profiles'), path.join(outDir, 'profiles'))

  const rulesFolder = packageFolder('@gazette-lint/rules')
  for (const family of readdirSync(rulesFolder, {withFileTypes: true})) {
    if (!family.isDirectory() || family.name === 'dist' || family.name === 'node_modules') continue
    for (const rule of readdirSync(path.join(rulesFolder, family.name), {withFileTypes: true})) {
      const page = path.join(rulesFolder, family.name, rule.name, 'README.md')
      if (rule.isDirectory() && existsSync(page)) cpSync(page, path.join(outDir, 'rules', family.name, rule.name, 'README.md'))
    }
  }
  // The drafting guide, which the rule pages link to (`../../../docs/起草指南.md`).
  for (const guide of DRAFTING_GUIDES) cpSync(path.join(ROOT, 'docs', guide), path.join(outDir, 'docs', guide))
  cpSync(path.join(ROOT, 'LICENSE'), path.join(outDir, 'LICENSE'))
  writeFileSync(path.join(outDir, 'bundle', 'THIRD-PARTY-LICENSES.md'), thirdPartyLicenses([result.metafile, ...onDemand.metafiles]))
}

/**
 * Modules most runs never call, bundled apart as CommonJS files beside the chunks, which the main bundle
 * `require()`s at their first use. Left in the main chunk, a warm `--cache` run compiled their 0.9 MB at every
 * start without running any of it. An ES module cannot be imported synchronously, and config loading, front
 * matter and parsing are synchronous: hence CommonJS, through the `require` the bundle's banner makes.
 *
 * `modules`: each import specifier the workspace uses, with the names it imports (`default` included); every
 * module of the main bundle gets, instead of it, functions of those names that load the file at their first call
 * (and run the real one with the same `this`: unified calls a plugin on its processor). A function's own
 * properties (`visit.BREAK`) are read from the loaded module too.
 */
const ON_DEMAND = [
  // A config file, a draft's front matter (core's config.ts and notice/front-matter.ts).
  {file: 'yaml.cjs', modules: {yaml: ['isAlias', 'isMap', 'isScalar', 'isSeq', 'parseDocument', 'visit']}},
  // Parsing a draft (engine's pipeline.ts, core's notice/from-text.ts): micromark and mdast-util-from-markdown with them.
  {file: 'markdown-parser.cjs', modules: {'remark-parse': ['default'], 'remark-frontmatter': ['default']}},
]

/** The file of the validators and Ajv that bundle/precompiled-ajv.mjs loads at the first schema compiled (a config file, rule options). */
const SCHEMA_VALIDATORS_FILE = 'schema-validators.cjs'

async function buildOnDemandModules(bundleFolder, coreDist, validators) {
  const fromCore = createRequire(path.join(coreDist, 'index.js'))
  const build = (contents, outfile, plugins = []) =>
    esbuild.build({
      stdin: {contents, resolveDir: coreDist, loader: 'js'},
      outfile: path.join(bundleFolder, outfile),
      absWorkingDir: ROOT,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20.10',
      plugins,
      metafile: true,
      logLevel: 'warning',
    })
  // Each specifier's module as one export of the file, named by its place in the list.
  const exportName = (index) => `module${index}`
  const results = []
  const shims = new Map()
  for (const {file, modules} of ON_DEMAND) {
    const specifiers = Object.keys(modules)
    results.push(await build(specifiers.map((specifier, index) => `export * as ${exportName(index)} from ${JSON.stringify(specifier)}`).join('\n'), file))
    for (const [index, specifier] of specifiers.entries()) {
      const real = await import(pathToFileURL(fromCore.resolve(specifier)).href)
      const lines = [`const loaded = () => require(${JSON.stringify(`./${file}`)}).${exportName(index)}`]
      for (const name of modules[specifier]) {
        if (typeof real[name] !== 'function') fail(`${specifier}'s ${name} is not a function: it cannot be loaded on demand`)
        const local = name === 'default' ? 'onDemandDefault' : name
        lines.push(`export ${name === 'default' ? 'default ' : ''}function ${local}(...args) {\n  return loaded()[${JSON.stringify(name)}].apply(this, args)\n}`)
        for (const key of Object.keys(real[name])) {
          lines.push(`Object.defineProperty(${local}, ${JSON.stringify(key)}, {get: () => loaded()[${JSON.stringify(name)}][${JSON.stringify(key)}]})`)
        }
      }
      shims.set(specifier, lines.join('\n'))
    }
  }
  results.push(
    await build("export {validators} from 'virtual:validators'\nexport {Ajv} from 'ajv'\n", SCHEMA_VALIDATORS_FILE, [
      {
        name: 'validators',
        setup(build) {
          build.onResolve({filter: /^virtual:validators$/}, () => ({path: 'validators', namespace: 'virtual'}))
          build.onLoad({filter: /^validators$/, namespace: 'virtual'}, () => ({contents: validators, loader: 'js', resolveDir: ROOT}))
        },
      },
    ]),
  )
  if (results.some((result) => result.errors.length > 0)) fail('esbuild failed')

  const files = new Set([...ON_DEMAND.map(({file}) => `./${file}`), `./${SCHEMA_VALIDATORS_FILE}`])
  const plugin = {
    name: 'on-demand',
    setup(build) {
      build.onResolve({filter: /^[^./]/}, (args) => (shims.has(args.path) ? {path: args.path, namespace: 'on-demand'} : undefined))
      build.onLoad({filter: /.*/, namespace: 'on-demand'}, (args) => ({contents: shims.get(args.path), loader: 'js'}))
      // Kept as require() calls, resolved beside the chunk that makes them (every chunk is in the bundle's folder).
      build.onResolve({filter: /\.cjs$/}, (args) => (files.has(args.path) ? {path: args.path, external: true} : undefined))
    },
  }
  return {plugin, metafiles: results.map((result) => result.metafile)}
}

/**
 * The bundle's build, hashed once here instead of at every `--cache` run (the engine's cache.ts `toolStamp`
 * reads this file): every module of the bundle by name and content. Editing the bundle by hand afterwards
 * is not seen by the cache; rebuilding it is.
 */
function writeToolStamp(bundleFolder) {
  const modules = readdirSync(bundleFolder).filter((name) => /\.c?js$/.test(name)).sort()
  const parts = modules.map((name) => `${name}:${createHash('sha256').update(readFileSync(path.join(bundleFolder, name))).digest('hex')}`)
  writeFileSync(path.join(bundleFolder, TOOL_STAMP_FILE), `${createHash('sha256').update(parts.join('\n')).digest('hex')}\n`)
}

/** A package's licence file, or else the licence section of its README (where some old packages keep it). */
function licenceText(folder) {
  const entries = readdirSync(folder)
  const file = entries.find((entry) => /^licen[cs]e/i.test(entry))
  if (file) return readFileSync(path.join(folder, file), 'utf8').trim()
  const readme = entries.find((entry) => /^readme/i.test(entry))
  const section = readme && /^#*\s*licen[cs]e\s*\n(?:=+\n)?([\s\S]+?)(?=\n#|\n[^\n]+\n[=-]{3,}|(?![\s\S]))/im.exec(readFileSync(path.join(folder, readme), 'utf8'))
  return section?.[1].trim()
}

/** The licence of every third-party package the bundle holds code of, as the licences require. */
function thirdPartyLicenses(metafiles) {
  const folders = new Set()
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'))
    if (match) folders.add(path.resolve(ROOT, match[1]))
  }
  const sections = [...folders]
    .map((folder) => {
      const {name, version, license, licenses, author} = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'))
      const declared = license ?? licenses?.map((entry) => entry.type).join(' OR ')
      if (!declared) fail(`${name} declares no licence: check that it may be bundled`)
      const by = typeof author === 'string' ? author : author?.name
      const text = licenceText(folder) ?? `The package declares ${declared} in its package.json and ships no licence text${by ? ` (author: ${by})` : ''}.`
      return {name, text: `## ${name}@${version} (${declared})\n\n${text}\n`}
    })
    .sort((a, b) => a.name.localeCompare(b.name))
  return `# Third-party licences\n\nThe bundle in this folder includes code of these packages.\n\n${sections.map((section) => section.text).join('\n')}`
}

// Run as a script (a package's prepack): bundle the package named on the command line, or the current folder.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await bundlePackage(path.resolve(process.argv[2] ?? '.'))
  } catch (error) {
    if (!(error instanceof BundleError)) throw error
    process.stderr.write(`bundle: ${error.message}\n`)
    process.exit(1)
  }
}
