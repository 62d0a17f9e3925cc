/** The bench's tables: each target as a ratio measured in the same run, then the runs behind them. */

const ms = (value) => (value === undefined ? '–' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`)
const mib = (kib) => (kib === undefined ? '–' : `${(kib / 1024).toFixed(0)} MiB`)
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–')

/** The targets of issue #15, each measured against what it is compared with in the same run. */
export function targetRows({processes, corpora, server}) {
  const {notices, one, large} = processes
  const wall = (group, name) => group[name]?.wall?.median
  const cpu = (group, name) => group[name]?.cpu?.median
  const rss = (group, name) => group[name]?.rss?.median
  const floor = wall(notices, 'floor')
  const sizeGrowth = corpora.large.bytes / corpora.half.bytes
  const timeGrowth = wall(large, 'gazette-lint whole') / wall(large, 'gazette-lint half')
  const rssGrowth = rss(large, 'gazette-lint whole') / rss(large, 'gazette-lint half')
  // CPU beside wall-clock: on a shared machine another's load stretches the wall-clock of whatever runs, the CPU a process uses much less.
  const rows = [
    {target: 'cold, serial, every rule, 1,000 notices', measured: wall(notices, 'serial') / floor, cpu: cpu(notices, 'serial') / cpu(notices, 'floor'), limit: 1.3, against: 'the floor'},
    {target: 'cold, --concurrency 2', measured: wall(notices, 'concurrency 2') / floor, cpu: cpu(notices, 'concurrency 2') / cpu(notices, 'floor'), limit: 0.8, against: 'the floor'},
    {target: '--concurrency auto never slower than serial', measured: wall(notices, 'concurrency auto') / wall(notices, 'serial'), cpu: cpu(notices, 'concurrency auto') / cpu(notices, 'serial'), limit: 1.0, against: 'serial'},
    {target: 'warm --cache, nothing changed', measured: wall(notices, 'warm cache') / floor, cpu: cpu(notices, 'warm cache') / cpu(notices, 'floor'), limit: 0.15, against: 'the floor'},
    {target: 'one 3 KB notice', measured: wall(one, 'gazette-lint') / wall(one, 'remark-cli'), cpu: cpu(one, 'gazette-lint') / cpu(one, 'remark-cli'), limit: 0.6, against: 'remark-cli'},
    {target: '1.25 MB file: time grows with size', measured: timeGrowth / sizeGrowth, limit: 1.25, against: `size (×${sizeGrowth.toFixed(2)})`},
    {target: '1.25 MB file: peak RSS grows with size', measured: rssGrowth / sizeGrowth, limit: 1.25, against: `size (×${sizeGrowth.toFixed(2)})`},
    {target: '1.25 MB file: peak RSS', measured: rss(large, 'gazette-lint whole') / rss(large, 'floor whole'), limit: 1.5, against: "the floor's"},
  ]
  if (server) rows.push({target: 'language server p95 didChange → diagnostics', measured: server.p95 / (server.parseMedian + 20), limit: 1, against: 'parse time + 20 ms'})
  return rows.map((row) => ({...row, met: row.measured <= row.limit}))
}

/**
 * What stands between each unmet target and its limit, from the same run's figures: the share of the floor's
 * own work (read + parse) in the serial run, the least wall-clock a run's CPU allows on this machine's cores,
 * and what a warm run pays before it reads anything.
 */
export function boundLines({processes, machine, corpora}) {
  const {notices} = processes
  const count = corpora.notices.files
  const floorWall = notices.floor.wall.median
  const floorCpu = notices.floor.cpu?.median
  const serial = notices.serial
  const lines = [
    `- Cold, serial: the floor's own work (reading and parsing) is ${percent(floorWall / serial.wall.median)} of the serial run; the Notice model, the rules and the report add ${ms(serial.wall.median - floorWall)} over ${count.toLocaleString('en')} notices (${((serial.wall.median - floorWall) / count).toFixed(2)} ms each). At ≤ 1.30× they may add ${ms(0.3 * floorWall)}.`,
  ]
  if (floorCpu !== undefined && serial.cpu) {
    const cores = machine.cores
    const bound = serial.cpu.median / cores / floorWall
    lines.push(
      `- Cold, in threads: a run takes at least its CPU divided by the ${cores} cores. The serial run's CPU (${ms(serial.cpu.median)}) spread over ${cores} cores is ${ratio(bound)} the floor's wall-clock; ≤ 0.80× needs a whole run of at most ${ms(0.8 * floorWall * cores)} of CPU, while the floor alone uses ${ms(floorCpu)} (its parse and V8's garbage-collector and compiler threads, which already keep ${(floorCpu / floorWall).toFixed(2)} cores busy).`,
    )
  }
  const start = notices['node start']?.wall.median
  const warm = notices['warm cache']?.wall.median
  if (start !== undefined && warm !== undefined) {
    lines.push(`- Warm cache: ${ms(warm)}, of which ${ms(start)} is starting Node itself (${ratio(start / floorWall)} the floor); ≤ 0.15× is ${ms(0.15 * floorWall)}.`)
  }
  return lines
}

const percent = (value) => `${(100 * value).toFixed(0)}%`

function processTable(title, group, base) {
  const lines = [`### ${title}`, '', '| run | wall median | min–max | ratio | CPU median | peak RSS |', '|---|---|---|---|---|---|']
  for (const [name, {wall, cpu, rss}] of Object.entries(group)) {
    lines.push(`| ${name} | ${ms(wall?.median)} | ${ms(wall?.min)}–${ms(wall?.max)} | ${ratio(wall?.median / group[base].wall.median)} | ${ms(cpu?.median)} | ${mib(rss?.median)} |`)
  }
  return lines.join('\n')
}

export function markdownReport(result) {
  const {machine, corpora, processes, inProcess, server, targets} = result
  const lines = [
    `## Bench (${result.date.slice(0, 10)}, ${result.rounds} rounds, ${result.seconds} s)`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}; load average ${machine.loadBefore.join(' ')} before, ${machine.loadAfter.join(' ')} after.`,
    `Corpora: 1,000 notices (${(corpora.notices.bytes / 2 ** 20).toFixed(2)} MiB), the gazettes as one file (${(corpora.large.bytes / 2 ** 20).toFixed(2)} MiB) and its first half, one notice of ${(corpora.one.bytes / 1024).toFixed(1)} KiB.`,
    'Ratios of wall-clock medians of whole processes run alternately in this run (a target is met or not by these); CPU is user + system of the process, its ratio the same division of CPU medians.',
    '',
    '| target | measured (wall-clock) | CPU | limit | against | met |',
    '|---|---|---|---|---|---|',
    ...targets.map((row) => `| ${row.target} | ${ratio(row.measured)} | ${ratio(row.cpu)} | ≤ ${row.limit.toFixed(2)}× | ${row.against} | ${row.met ? 'yes' : '**no**'} |`),
    '',
    '### What bounds them',
    '',
    ...boundLines(result),
    '',
    processTable('1,000 notices', processes.notices, 'floor'),
    '',
    processTable('One notice', processes.one, 'remark-cli'),
    '',
    processTable('The gazettes as one file', processes.large, 'floor whole'),
    '',
    '### In one process',
    '',
    '| measure | value |',
    '|---|---|',
    `| ${inProcess.drafts} notices (${(inProcess.bytes / 1024).toFixed(0)} KiB): parse + model + every rule, over bare remark-parse | ${ratio(inProcess.full / inProcess.bare)} (${ms(inProcess.full)} / ${ms(inProcess.bare)}) |`,
  ]
  if (server) {
    lines.push(
      `| language server, ${(server.bytes / 1024).toFixed(0)} KiB notice, ${server.changes} changes after ${server.warmUpChanges} not counted: didChange → diagnostics | median ${server.median.toFixed(1)} ms, p95 ${server.p95.toFixed(1)} ms (the first ${server.warmUpChanges}: up to ${server.warmUpMax.toFixed(1)} ms) |`,
      `| bare remark-parse of the same text | median ${server.parseMedian.toFixed(1)} ms, p95 ${server.parseP95.toFixed(1)} ms |`,
    )
  }
  return `${lines.join('\n')}\n`
}
