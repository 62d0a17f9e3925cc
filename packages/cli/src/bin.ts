#!/usr/bin/env node
import {run} from './main.js'

// A reader that stops early (`gazette-lint --fix-dry-run drafts/ | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})
/** Standard input to its end, or until it holds more than `limit` bytes (the session then refuses it by size). */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    total += chunk.length
    if (total > limit) break
  }
  return Buffer.concat(chunks, total)
}

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY,
  columns: process.stdout.columns,
  readStdin,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A defect, not bad input: say so plainly and ask for a report, without a stack trace unless asked.
    const detail = process.env.GAZETTE_LINT_DEBUG ? String((error as Error).stack) : String((error as Error).message ?? error)
    process.stderr.write(`gazette-lint：内部错误（internal error）：${detail}\n请将此信息与草稿一并报告给维护者。\n`)
    process.exitCode = 2
  },
)
