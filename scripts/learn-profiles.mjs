#!/usr/bin/env node
// Regenerates the shipped county profiles from the published gazettes in ../shared/corpus with
// `gazette-lint learn`, the command a county uses on its own gazettes. `npm run profiles:learn`.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = process.env.GAZETTE_CORPUS ?? path.join(root, '..', 'shared', 'corpus')
const outDir = process.argv[2] ?? path.join(root, 'packages', 'profiles')

/** Which gazettes of the corpus belong to which county (CATALOG.md §0); the profiles test reads the same list. */
const COUNTIES = JSON.parse(readFileSync(path.join(root, 'scripts', 'counties.json'), 'utf8'))

if (!existsSync(corpus)) {
  console.error(`learn-profiles: the corpus is not at ${corpus} (set GAZETTE_CORPUS)`)
  process.exit(2)
}
for (const {id, county, files} of COUNTIES) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'packages', 'cli', 'dist', 'bin.js'), 'learn', ...files.map((file) => path.join(corpus, file)), '--id', id, '--county', county, '--out', path.join(outDir, `${id}.json`)],
    {stdio: 'inherit'},
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}
