/**
 * Whole processes timed as users pay them: wall-clock from spawn to exit, the CPU the child used (from the
 * parent's children times in /proc, where there is one) and its peak RSS (written at exit by a preload
 * that every measured process gets alike). Commands compared with each other run alternately, round after
 * round, in an order that rotates, so that none of them gets the quieter moments of a shared machine.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, openSync, closeSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const PEAK_RSS = fileURLToPath(new URL('peak-rss.mjs', import.meta.url))
const TICK_MS = 10

/** CPU ms used by this process's waited-for children so far (utime + stime of the children), or undefined. */
function childrenCpuMs() {
  if (!existsSync('/proc/self/stat')) return undefined
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ')
  // After the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS
}

/**
 * A command to measure: `node` with `args` (the preload that reports peak RSS goes first), run in `cwd`.
 * `check` gets the exit status and refuses a run that failed.
 */
export function nodeCommand(name, args, {cwd, env = {}, okStatus = [0, 1]} = {}) {
  return {name, args, cwd, env, okStatus}
}

function runOnce(command, scratch) {
  const rssFile = path.join(scratch, 'rss')
  rmSync(rssFile, {force: true})
  const out = openSync(os.devNull, 'w')
  const cpuBefore = childrenCpuMs()
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--import', PEAK_RSS, ...command.args], {
    cwd: command.cwd,
    env: {...process.env, ...command.env, BENCH_PEAK_RSS_FILE: rssFile},
    stdio: ['ignore', out, 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const wall = performance.now() - start
  const cpuAfter = childrenCpuMs()
  closeSync(out)
  if (!command.okStatus.includes(result.status)) {
    throw new Error(`${command.name}: exit ${result.status ?? result.signal}\n${String(result.stderr).slice(0, 2000)}`)
  }
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : undefined
  return {wall, cpu: cpuBefore === undefined ? undefined : cpuAfter - cpuBefore, rss}
}

/**
 * Runs the commands alternately for `rounds` rounds (after one unmeasured warm-up round, which also fills
 * the page cache) and returns, per command, its runs.
 */
export function alternate(commands, {rounds, scratch, before}) {
  const runs = new Map(commands.map((command) => [command.name, []]))
  for (let round = -1; round < rounds; round++) {
    const order = commands.map((_, index) => commands[(index + Math.max(0, round)) % commands.length])
    for (const command of order) {
      before?.(command)
      const measured = runOnce(command, scratch)
      if (round >= 0) runs.get(command.name).push(measured)
    }
  }
  return runs
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Median, min and max of one measure of a command's runs. */
export function stats(runs, measure = 'wall') {
  const values = runs.map((run) => run[measure]).filter((value) => value !== undefined)
  if (values.length === 0) return undefined
  return {median: median(values), min: Math.min(...values), max: Math.max(...values)}
}
