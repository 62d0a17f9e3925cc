/**
 * A baseline (`--baseline-write`, `--baseline`): the findings a repository of old drafts has when it adopts
 * the check, so that CI fails only on new ones. A finding is keyed by its draft, its rule id and a hash of
 * the text of the element it points at (with its message id), never by its line, so an edit elsewhere in
 * the draft keeps the entry; two identical findings are a count of two.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describeSchemaErrors, problemText, reasonOf, schemaValidator, writeFileAtomic, type SchemaProblem} from '@gazette-lint/core'
import {FATAL_RULE_ID} from './fatal.js'
import type {DraftResult} from './results.js'

export interface BaselineData {
  version: 1
  /** draft path (relative to the baseline's folder, with `/`) → rule id → element hash → count. */
  files: Record<string, Record<string, Record<string, number>>>
}

/** A baseline file that cannot be used: missing, not JSON, or not valid against `schemas/baseline.schema.json`. */
export class BaselineError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Array<SchemaProblem & {line?: number}>,
  ) {
    super(`${file}: ${problems.map((problem) => `${problem.path} ${problemText(problem, 'en')}`).join('; ')}`)
    this.name = 'BaselineError'
  }
}

type Message = DraftResult['messages'][number]

/** The element a finding points at, as written (line breaks as LF), with its message id: what its key hashes. */
function elementKey(message: Message, text: string): string {
  const place = message.place
  const span = place && 'start' in place ? text.slice(place.start.offset ?? 0, place.end.offset ?? 0) : ''
  const messageId = (message as Message & {messageId?: string}).messageId ?? ''
  return createHash('sha256').update(`${messageId}\u0000${span.replace(/\r\n?/g, '\n')}`).digest('hex').slice(0, 16)
}

const draftKey = (baselineFile: string, result: DraftResult) => path.relative(path.dirname(path.resolve(baselineFile)), result.absolute).split(path.sep).join('/')

const baselined = (message: Message) => Boolean(message.ruleId) && message.ruleId !== FATAL_RULE_ID

/** The baseline of results: every finding but `fatal` ones (a draft that could not be read or checked is never baselined). */
export function recordBaseline(results: DraftResult[], baselineFile: string): BaselineData {
  const files: BaselineData['files'] = {}
  for (const result of results) {
    const text = String(result.file.value)
    for (const message of result.messages) {
      if (!baselined(message)) continue
      const byRule = ((files[draftKey(baselineFile, result)] ??= {})[message.ruleId!] ??= {})
      const key = elementKey(message, text)
      byRule[key] = (byRule[key] ?? 0) + 1
    }
  }
  return {version: 1, files}
}

/** Writes a baseline atomically, keys sorted, so that it diffs well in a repository. */
export function writeBaseline(baselineFile: string, data: BaselineData): void {
  const sorted = (object: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, typeof object[key] === 'object' ? sorted(object[key] as Record<string, unknown>) : object[key]]),
    )
  writeFileAtomic(baselineFile, JSON.stringify({version: data.version, files: sorted(data.files)}, null, 2) + '\n')
}

/** Reads and validates a baseline file; throws BaselineError naming the file and each problem. */
export function readBaseline(baselineFile: string): BaselineData {
  let text: string
  try {
    text = readFileSync(baselineFile, 'utf8')
  } catch (error) {
    throw new BaselineError(baselineFile, [{path: '/', id: 'baseline-unreadable', data: {reason: reasonOf(error)}}])
  }
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    throw new BaselineError(baselineFile, [{path: '/', id: 'baseline-not-json', data: {detail: (error as Error).message}}])
  }
  const validate = schemaValidator('baseline')
  if (!validate(data)) throw new BaselineError(baselineFile, describeSchemaErrors(validate.errors))
  return data as BaselineData
}

export interface BaselineOutcome {
  /** The results with only the findings the baseline does not hold. */
  results: DraftResult[]
  /** How many findings the baseline held (not reported). */
  suppressed: number
  /** Baseline entries that no longer occur: in the drafts of this run, or for drafts that are gone. */
  stale: number
}

/** Keeps the findings the baseline does not hold; a count of n holds n identical findings, the n+1st is new. */
export function applyBaseline(results: DraftResult[], data: BaselineData, baselineFile: string): BaselineOutcome {
  const left = new Map(Object.entries(data.files).map(([file, rules]) => [file, new Map(Object.entries(rules).map(([rule, keys]) => [rule, new Map(Object.entries(keys))]))]))
  let suppressed = 0
  const linted = new Set<string>()
  const filtered = results.map((result) => {
    const file = draftKey(baselineFile, result)
    linted.add(file)
    const text = String(result.file.value)
    const messages = result.messages.filter((message) => {
      if (!baselined(message)) return true
      const counts = left.get(file)?.get(message.ruleId!)
      const key = elementKey(message, text)
      const count = counts?.get(key) ?? 0
      if (count === 0) return true
      counts!.set(key, count - 1)
      suppressed++
      return false
    })
    result.file.messages = messages
    return {...result, messages}
  })
  const folder = path.dirname(path.resolve(baselineFile))
  let stale = 0
  for (const [file, rules] of left) {
    if (!linted.has(file) && existsSync(path.join(folder, file))) continue
    for (const counts of rules.values()) for (const count of counts.values()) stale += count
  }
  return {results: filtered, suppressed, stale}
}
