/**
 * Real editors started headless with the setup snippets of the README: Neovim 0.7 (vim.lsp.start_client +
 * buf_attach_client), Emacs with eglot in batch mode and Vim with ALE each show the findings of a faulty
 * example. The snippets for Neovim 0.8+ and nvim-lspconfig are at least valid Lua.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {editorAvailability, editorEnv, readmeSnippet} from './helpers/editors.js'
import {exampleWorkspace, TODAY} from './helpers/lsp.js'
import {ROOT} from './helpers/rule-docs.js'

const workspace = exampleWorkspace()
afterAll(() => rmSync(workspace, {recursive: true, force: true}))

const neovim = editorAvailability('nvim', ['--version'], /NVIM v0\.([7-9]|\d\d)\./u, 'apt-get install neovim')
const emacs = editorAvailability('emacs', ['--batch', '--eval', '(progn (package-initialize) (require (quote eglot)) (princ emacs-version))'], /^2[89]\.|^[3-9]\d\./u, 'apt-get install emacs-nox elpa-eglot')

const vimAle = editorAvailability('vim', ['-N', '-u', 'NONE', '-i', 'NONE', '-es', '-c', 'packadd ale', '-c', 'if !exists("g:loaded_ale") | cquit | endif', '-c', 'qa!'], /^/u, 'apt-get install vim vim-ale')

const EXAMPLE = 'pingshun-bad-number-brackets.md'
const expected = JSON.parse(readFileSync(path.join(ROOT, 'examples', 'expected.json'), 'utf8')) as Record<string, Array<{ruleId: string; line: number}>>
/** What the editor should show: `line rule-id`, 1-based lines as in expected.json. */
const wanted = expected[EXAMPLE].map(({ruleId, line}) => `${line} ${ruleId}`)

describe('Neovim', () => {
  it.skipIf(neovim.skip)(`Neovim 0.7 with the README snippet shows the findings of ${EXAMPLE} ${neovim.reason}`, () => {
    const init = path.join(workspace, 'init.lua')
    const out = path.join(workspace, 'nvim-diagnostics.txt')
    writeFileSync(init, readmeSnippet('neovim-0.7'))
    // Wait for the server's diagnostics as a user would look at them: vim.diagnostic.get on the buffer.
    const report = [
      `vim.wait(25000, function() return #vim.diagnostic.get(0) > 0 end, 50)`,
      `local lines = {}`,
      `for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(lines, string.format('%d %s|%s|%s', d.lnum + 1, d.code, d.source, d.message)) end`,
      `vim.fn.writefile(lines, ${JSON.stringify(out)})`,
    ].join(' ')
    const run = spawnSync('nvim', ['--headless', '-u', init, '-c', `lua ${report}`, '-c', 'qa!', EXAMPLE], {
      cwd: workspace,
      env: editorEnv({GAZETTE_LINT_TODAY: TODAY}),
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.error).toBeUndefined()
    const shown = readFileSync(out, 'utf8').trim().split('\n')
    expect(shown.map((line) => line.split('|')[0])).toEqual(wanted)
    expect(shown[0]).toBe('5 doc-number-format|gazette-lint|发文字号的年份应使用六角括号〔〕，不用“[]”：应为“平政办发〔2026〕8号”')
  })

  it.skipIf(neovim.skip)(`the snippets for Neovim 0.8+ and nvim-lspconfig are valid Lua ${neovim.reason}`, () => {
    for (const name of ['neovim-0.8', 'nvim-lspconfig']) {
      const file = path.join(workspace, `${name}.lua`)
      writeFileSync(file, readmeSnippet(name))
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `lua local ok, err = loadfile(${JSON.stringify(file)}); if not ok then io.stderr:write(err) vim.cmd('cquit') end`, '-c', 'qa!'], {encoding: 'utf8', timeout: 30_000})
      expect({name, status: run.status, stderr: run.stderr}).toEqual({name, status: 0, stderr: ''})
    }
  })
})

describe('Emacs', () => {
  it.skipIf(emacs.skip)(`Emacs with eglot and the README snippet shows the findings of ${EXAMPLE} ${emacs.reason}`, () => {
    const init = path.join(workspace, 'init.el')
    const out = path.join(workspace, 'emacs-diagnostics.txt')
    // markdown-mode is a package of its own; a mode of that name is all eglot needs to know the buffer.
    const harness = [
      '(package-initialize)',
      '(unless (fboundp (quote markdown-mode)) (define-derived-mode markdown-mode text-mode "Markdown"))',
      readmeSnippet('emacs-eglot'),
      `(find-file ${JSON.stringify(path.join(workspace, EXAMPLE))})`,
      '(markdown-mode)',
      // eglot-ensure connects when the command that opened the file ends; batch mode has no command loop.
      "(run-hooks 'post-command-hook)",
      '(let ((deadline (+ (float-time) 25)))',
      '  (while (and (null (flymake-diagnostics)) (< (float-time) deadline)) (accept-process-output nil 0.05)))',
      '(let ((shown (mapcar (lambda (d) (format "%d %s\\n" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)))',
      '                     (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))',
      `  (with-temp-file ${JSON.stringify(out)} (apply (function insert) shown)))`,
    ].join('\n')
    writeFileSync(init, harness)
    const run = spawnSync('emacs', ['--batch', '-l', init], {cwd: workspace, env: editorEnv({GAZETTE_LINT_TODAY: TODAY}), encoding: 'utf8', timeout: 60_000})
    expect(run.error).toBeUndefined()
    const shown = readFileSync(out, 'utf8').trim().split('\n')
    // Eglot shows a diagnostic as "source [code]: message".
    expect(shown.map((line) => line.replace(/^(\d+) gazette-lint \[([\w-]+)\]: .*$/u, '$1 $2'))).toEqual(wanted)
    expect(shown[0]).toBe('5 gazette-lint [doc-number-format]: 发文字号的年份应使用六角括号〔〕，不用“[]”：应为“平政办发〔2026〕8号”')
  })
})

describe('Vim', () => {
  it.skipIf(vimAle.skip)(`Vim with ALE and the README snippet shows the findings of ${EXAMPLE} ${vimAle.reason}`, () => {
    const vimrc = path.join(workspace, 'vimrc')
    const report = path.join(workspace, 'report.vim')
    const out = path.join(workspace, 'vim-diagnostics.txt')
    // What a user's vimrc has before the snippet: ALE loaded, filetype plugins on.
    writeFileSync(vimrc, `set nocompatible\npackadd ale\nfiletype plugin on\n${readmeSnippet('vim-ale')}`)
    writeFileSync(
      report,
      [
        'for s:i in range(250)',
        "  if !empty(ale#engine#GetLoclist(bufnr(''))) | break | endif",
        '  sleep 100m',
        'endfor',
        `call writefile(map(copy(ale#engine#GetLoclist(bufnr(''))), {_, d -> d.lnum . ' ' . get(d, 'code', '?') . '|' . d.text}), ${JSON.stringify(out)})`,
        'qa!',
      ].join('\n'),
    )
    const run = spawnSync('vim', ['-N', '-u', vimrc, '-i', 'NONE', '-es', '-S', report, EXAMPLE], {cwd: workspace, env: editorEnv({GAZETTE_LINT_TODAY: TODAY}), encoding: 'utf8', timeout: 60_000})
    expect(run.error).toBeUndefined()
    const shown = readFileSync(out, 'utf8').trim().split('\n')
    expect(shown.map((line) => line.split('|')[0])).toEqual(wanted)
    expect(shown[0]).toBe('5 doc-number-format|发文字号的年份应使用六角括号〔〕，不用“[]”：应为“平政办发〔2026〕8号”')
  })
})
