/**
 * `fatal` (spec/rules.md, "Ids beyond the rules"): a draft that could not be read, decoded, parsed or
 * modelled, or a rule that threw on it, is one finding on that draft; the rest of the run goes on.
 */
import {FATAL, FileTooLargeError, NotTextError, readAdvice, say, WordReadError, wordReadReason, type FatalStep, type Lang, type SerializedMessage} from '@gazette-lint/core'

export const FATAL_RULE_ID = 'fatal'
export const SOURCE = 'gazette-lint'
/** Where a user reads what a `fatal` or `encoding` finding means and what to do about it. */
export const TROUBLESHOOTING_URL = 'https://github.com/gazette-lint/gazette-lint/blob/main/README.md#troubleshooting'

/** The steps a draft goes through, each with its words in core's `FATAL` catalogue. */
export type FailedStep = FatalStep

/** A failed step as plain data (it crosses threads and sits in results): what failed, why and where. */
export interface Failure {
  step: FailedStep
  /** The error's code and message. */
  cause: string
  /** The error's code (`EACCES`, `ELOOP`), for the advice that goes with it. */
  code?: string
  /** The rule that threw, for `rule`. */
  rule?: string
  /** The line the failure is about (`nesting`), 1-based. */
  line?: number
  /** Numbers the message names: the byte of a NUL, a file's size and the limit, a nesting depth. */
  numbers?: Record<string, number>
  /** The error's stack, kept only when GAZETTE_LINT_DEBUG is set: nothing else shows one. */
  stack?: string
}

export function failure(step: FailedStep, error: unknown, rule?: string): Failure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (error instanceof NotTextError) return {step: 'not-text', cause: causeOf(error), numbers: {byte: error.byteOffset}}
  if (error instanceof FileTooLargeError) return {step: 'too-large', cause: causeOf(error), numbers: {size: error.size, limit: error.limit}}
  if (error instanceof WordReadError) return {step: 'word', cause: error.detail, code: error.problem}
  const stack = process.env.GAZETTE_LINT_DEBUG && error instanceof Error ? error.stack : undefined
  return {step, cause: causeOf(error), ...(typeof code === 'string' ? {code} : {}), ...(rule ? {rule} : {}), ...(stack ? {stack} : {})}
}

function causeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = error instanceof Error ? error.message : String(error)
  return code && !message.includes(code) ? `${code}: ${message}` : message
}


function size(bytes: number): string {
  const mib = bytes / (1024 * 1024)
  if (mib >= 1) return `${Number(mib.toFixed(1))} MB`
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} B`
}

/** The finding's text: what failed, why, and what to do about it (and the stack, for GAZETTE_LINT_DEBUG). */
export function fatalReason(failed: Failure, lang: Lang): string {
  const reason = plainReason(failed, lang)
  return failed.stack ? `${reason}\n${failed.stack}` : reason
}

function plainReason({step, cause, code, rule, line, numbers = {}}: Failure, lang: Lang): string {
  if (step === 'word') return wordReadReason(code, cause, lang)
  const advice = step === 'read' ? readAdvice(code, lang) : undefined
  const sizes = step === 'too-large' ? {size: size(numbers.size), limit: size(numbers.limit)} : {}
  return say(FATAL[step], lang, {cause, rule, line, advice, byte: numbers.byte, depth: numbers.depth, limit: numbers.limit, ...sizes})
}

/** The one finding of a draft that failed before its rules could run. */
export function fatalMessage(failure: Failure, lang: Lang): SerializedMessage {
  const place = failure.line ? {line: failure.line, column: 1} : undefined
  return {reason: fatalReason(failure, lang), ruleId: FATAL_RULE_ID, source: SOURCE, fatal: true, url: TROUBLESHOOTING_URL, ...(place ? {place} : {})}
}
