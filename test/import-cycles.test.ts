/**
 * No import circles: the source modules of every workspace (packages/*\/src, rules/) form a graph without
 * cycles, type-only imports included (a type cycle still ties two modules' layers together). A workspace
 * package import (`@gazette-lint/core`) is an edge to that package's `src/index.ts`.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/rule-docs.js'

/**
 * The one circle left to the branch that moves run orchestration out of the CLI (issue #8, LintSession):
 * `commands.ts` takes the `Io` type from `main.ts`. Delete the entry once that branch has broken it; any
 * other circle fails the test.
 */
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gmu

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name === 'test') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(full))
    else if (/\.ts$/u.test(entry.name) && !/\.(?:test|d)\.ts$/u.test(entry.name)) files.push(full)
  }
  return files
}

/** `@gazette-lint/<name>` → the entry module of that workspace. */
function workspaceEntries(): Map<string, string> {
  const entries = new Map<string, string>()
  const packages = path.join(ROOT, 'packages')
  for (const name of readdirSync(packages)) {
    const entry = path.join(packages, name, 'src', 'index.ts')
    if (statSync(entry, {throwIfNoEntry: false})) entries.set(`@gazette-lint/${name}`, entry)
  }
  entries.set('@gazette-lint/rules', path.join(ROOT, 'rules', 'index.ts'))
  return entries
}

function importGraph(): Map<string, string[]> {
  const entries = workspaceEntries()
  const files = [...sourceFiles(path.join(ROOT, 'packages')), ...sourceFiles(path.join(ROOT, 'rules'))]
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const targets: string[] = []
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]
      if (specifier.startsWith('.')) targets.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/u, '.ts')))
      else if (entries.has(specifier)) targets.push(entries.get(specifier)!)
    }
    graph.set(file, targets)
  }
  return graph
}

/** The cycles found by a depth-first walk, each as the list of modules around it (iterative: no recursion limit). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  for (const start of graph.keys()) {
    if (state.has(start)) continue
    const stack: Array<{file: string; next: number}> = [{file: start, next: 0}]
    state.set(start, 'open')
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      const targets = graph.get(top.file) ?? []
      if (top.next >= targets.length) {
        state.set(top.file, 'done')
        stack.pop()
        continue
      }
      const target = targets[top.next++]
      if (state.get(target) === 'open') {
        const from = stack.findIndex((frame) => frame.file === target)
        found.push([...stack.slice(from).map((frame) => frame.file), target])
      } else if (!state.has(target) && graph.has(target)) {
        state.set(target, 'open')
        stack.push({file: target, next: 0})
      }
    }
  }
  return found
}

describe('module graph', () => {
  it('every relative import names a module that exists', () => {
    const graph = importGraph()
    const missing = [...graph.values()].flat().filter((target) => !graph.has(target))
    expect(missing.map((file) => path.relative(ROOT, file))).toEqual([])
  })

  it('has no import circles', () => {
    const found = cycles(importGraph()).map((cycle) => cycle.map((file) => path.relative(ROOT, file)).join(' → '))
    expect(found).toEqual([])
  })

  it('finds a circle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ])
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']])
  })
})
