#!/usr/bin/env node
// Regenerates the shipped county profiles from the published gazettes in ../shared/corpus with
// `gazette-lint learn`, the command a county uses on its own gazettes. `npm run profiles:learn`.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = process.env.GAZETTE_CORPUS ?? path.join(root, '..', 'shared', 'corpus')
const outDir = process.argv[2] ?? path.join(root, 'packages', 'profiles')

/** Which gazettes of the corpus belong to which county (CATALOG.md §0). */
export const COUNTIES = [
  {id: 'lingchuan', county: '陵川县', files: ['000_bbb95ae35cc114e5.txt', '001_b39aa55e8743a23f.txt']},
  {id: 'pingshun', county: '平顺县', files: ['002_81e8e216b636d032.txt']},
  {id: 'qinxian', county: '沁县', files: ['003_1ea08cf3bba0610d.txt']},
  {id: 'jiangxian', county: '绛县', files: ['004_111d04e02e421ac8.txt']},
]

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
