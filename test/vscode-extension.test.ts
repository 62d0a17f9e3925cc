/**
 * The VS Code extension as CI builds it: packed to a .vsix with @vscode/vsce without network, holding a
 * valid manifest, the client bundle and a language server that runs from the unpacked extension.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Script} from 'node:vm'
import {allRules} from '@gazette-lint/engine'
import {XMLParser} from 'fast-xml-parser'
import {afterAll, describe, expect, it} from 'vitest'
import {SERVER_MODULE} from '../packages/vscode/out/server-path.js'
import {exampleWorkspace, LspClient} from './helpers/lsp.js'
import {ROOT} from './helpers/rule-docs.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-vsix-'))
const workspace = exampleWorkspace()
afterAll(() => {
  rmSync(work, {recursive: true, force: true})
  rmSync(workspace, {recursive: true, force: true})
})

/** `unshare -n` runs a command in a network namespace of its own, with no way out: proof of offline. */
function offlineWrapper(): string[] {
  if (spawnSync('unshare', ['-n', 'true']).status === 0) return ['unshare', '-n']
  if (process.env.CI === 'true') throw new Error('under CI=true the .vsix must be packed without network, and unshare -n is not available')
  return []
}

const unzipAvailable = spawnSync('unzip', ['-v']).status === 0
if (!unzipAvailable && process.env.CI === 'true') throw new Error('under CI=true unzip must be installed (.ci/run installs it)')

describe.skipIf(!unzipAvailable)(`the .vsix${unzipAvailable ? '' : ' (skipped: unzip is not installed: apt-get install unzip)'}`, () => {
  const vsix = path.join(work, 'gazette-lint.vsix')
  const unpacked = path.join(work, 'unpacked')
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages/vscode/package.json'), 'utf8'))

  it('is packed by vsce with no network, and holds the manifest, the client and the server with its profiles and schemas', () => {
    const [wrapper, ...wrapperArgs] = [...offlineWrapper(), process.execPath]
    const packed = spawnSync(wrapper, [...wrapperArgs, path.join(ROOT, 'packages/vscode/scripts/package.mjs'), '--out', vsix], {encoding: 'utf8', timeout: 120_000})
    expect(packed.status, packed.stderr).toBe(0)
    const listed = spawnSync('unzip', ['-Z1', vsix], {encoding: 'utf8'}).stdout.trim().split('\n').sort()
    // The server as its npm package lays it out: the bundle, and beside it what it reads at run time.
    const bundle = listed.filter((name) => name.startsWith('extension/server/bundle/'))
    // The modules the bundle loads on demand (the parser, yaml, the schema validators) are CommonJS files beside its chunks.
    const onDemand = ['markdown-parser.cjs', 'yaml.cjs', 'schema-validators.cjs'].map((name) => `extension/server/bundle/${name}`)
    expect(bundle).toEqual(
      expect.arrayContaining([`extension/${SERVER_MODULE}`, 'extension/server/bundle/worker.js', 'extension/server/bundle/THIRD-PARTY-LICENSES.md', 'extension/server/bundle/tool-stamp.txt', ...onDemand]),
    )
    for (const name of bundle) expect(onDemand.includes(name) || /\.js$|\/THIRD-PARTY-LICENSES\.md$|\/tool-stamp\.txt$/u.test(name), name).toBe(true)
    expect(listed.filter((name) => !bundle.includes(name))).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension/LICENSE.txt',
        'extension/package.json',
        'extension/readme.md',
        'extension/dist/extension.js',
        'extension/server/LICENSE',
        'extension/server/docs/drafting-guide.md',
        'extension/server/docs/起草指南.md',
        'extension/server/package.json',
        ...['jiangxian', 'lingchuan', 'pingshun', 'qinxian'].map((id) => `extension/server/profiles/${id}.json`),
        ...readdirSync(path.join(ROOT, 'schemas')).filter((name) => name.endsWith('.schema.json')).map((name) => `extension/server/schemas/${name}`),
        ...allRules.map(({meta}) => `extension/server/rules/${meta.family}/${meta.id}/README.md`),
      ].sort(),
    )
    expect(spawnSync('unzip', ['-q', vsix, '-d', unpacked]).status).toBe(0)
  })

  it('has a valid manifest: identity, engine, entry point, activation and the settings the server reads', () => {
    const shipped = JSON.parse(readFileSync(path.join(unpacked, 'extension/package.json'), 'utf8'))
    expect(shipped).toMatchObject({name: 'gazette-lint-vscode', publisher: 'gazette-lint', version: manifest.version, main: './dist/extension.js', activationEvents: ['onLanguage:markdown']})
    expect(shipped.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/u)
    expect(Object.keys(shipped.contributes.configuration.properties)).toEqual(['gazetteLint.lang', 'gazetteLint.debounce', 'gazetteLint.trace.server'])
    const xml = new XMLParser({ignoreAttributes: false}).parse(readFileSync(path.join(unpacked, 'extension.vsixmanifest'), 'utf8'))
    expect(xml.PackageManifest.Metadata.Identity).toMatchObject({'@_Id': 'gazette-lint-vscode', '@_Publisher': 'gazette-lint', '@_Version': manifest.version})
    // The client bundle is one CommonJS file that VS Code can load: it compiles, and exports activate and deactivate.
    const client = readFileSync(path.join(unpacked, 'extension/dist/extension.js'), 'utf8')
    expect(() => new Script(client, {filename: 'extension.js'})).not.toThrow()
    expect(client).toMatch(/module\.exports = __toCommonJS\(extension_exports\)/u)
    expect(client).toMatch(/activate: \(\) => activate,\s+deactivate: \(\) => deactivate/u)
  })

  it('runs the server from the unpacked extension: a faulty example shows its finding', async () => {
    const client = new LspClient({workspace, server: path.join(unpacked, 'extension', SERVER_MODULE)})
    try {
      const {serverInfo} = await client.initialize()
      expect(serverInfo).toEqual({name: 'gazette-lint-language-server', version: manifest.version})
      const draft = path.join(workspace, 'pingshun-bad-number-brackets.md')
      await client.open(draft)
      expect((await client.diagnostics(draft, {version: 1})).map((d) => `${d.range.start.line + 1} ${d.code}`)).toEqual(['5 doc-number-format'])
    } finally {
      await client.stop()
    }
  })
})
