/** Preloaded (`node --import`) into every process the bench measures: its peak RSS in KiB, written at exit. */
import {writeFileSync} from 'node:fs'

const file = process.env.BENCH_PEAK_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
