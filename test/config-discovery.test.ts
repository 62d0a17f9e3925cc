/**
 * Which `.gazettelintrc.*` applies to a draft: the nearest one up the tree, never one above the repository
 * root (a folder holding `.git`, a folder in a clone, a file in a worktree or a submodule).
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const BAD_NUMBER = readFileSync(path.join(ROOT, 'test/fixtures/cli/basic/bad-number.md'), 'utf8')
/** A config a user might leave in a home folder: English, and the number check off. */
const STRAY = JSON.stringify({lang: 'en', rules: {'doc-number-format': 'off'}})
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-discovery-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** `home/.gazettelintrc.json` (the stray config), `home/repo/drafts/bad-number.md`, and `home/repo/.git` as asked. */
function layout(name: string, git: 'folder' | 'file' | 'none'): string {
  const home = path.join(tmp, name)
  const repo = path.join(home, 'repo')
  mkdirSync(path.join(repo, 'drafts'), {recursive: true})
  writeFileSync(path.join(home, '.gazettelintrc.json'), STRAY)
  writeFileSync(path.join(repo, 'drafts', 'bad-number.md'), BAD_NUMBER)
  if (git === 'folder') mkdirSync(path.join(repo, '.git'))
  // A worktree's or a submodule's `.git` is a file pointing at the real one.
  if (git === 'file') writeFileSync(path.join(repo, '.git'), 'gitdir: ../../elsewhere/.git/worktrees/repo\n')
  return repo
}

const findings = async (cwd: string) => parseJsonReport((await runCli(['--format', 'json', 'drafts/bad-number.md'], {cwd})).stdout)[0].messages.map((m) => `${m.ruleId}: ${m.message}`)
const NUMBER_FINDING = 'doc-number-format: 发文字号的年份应使用六角括号〔〕，不用“[]”：应为“陵政办发〔2026〕32号”'

describe('config discovery stops at the repository root', () => {
  it('a stray .gazettelintrc.json above a repository (a .git folder) is not applied', async () => {
    expect(await findings(layout('clone', 'folder'))).toEqual([NUMBER_FINDING])
  })

  it('nor above a worktree or a submodule (a .git file)', async () => {
    expect(await findings(layout('worktree', 'file'))).toEqual([NUMBER_FINDING])
  })

  it('outside a repository the search goes on up, and the config above applies', async () => {
    expect(await findings(layout('no-git', 'none'))).toEqual([])
  })

  it('a config at the repository root applies to the drafts below it', async () => {
    const repo = layout('own-config', 'folder')
    writeFileSync(path.join(repo, '.gazettelintrc.json'), JSON.stringify({root: true, lang: 'en'}))
    expect(await findings(repo)).toEqual(['doc-number-format: The year of the document number belongs in 〔〕, not "[]": write "陵政办发〔2026〕32号"'])
  })
})
