/**
 * `fatal` (spec/rules.md, "Ids beyond the rules"): a draft that could not be read, decoded, parsed or
 * modelled, or a rule that threw on it, is one finding on that draft; the rest of the run goes on.
 */
import {FileTooLargeError, NotTextError, readAdvice, WordReadError, wordReadReason, type Lang, type SerializedMessage} from '@gazette-lint/core'

export const FATAL_RULE_ID = 'fatal'
export const SOURCE = 'gazette-lint'
/** Where a user reads what a `fatal` or `encoding` finding means and what to do about it. */
export const TROUBLESHOOTING_URL = 'https://github.com/gazette-lint/gazette-lint/blob/main/README.md#troubleshooting'

export type FailedStep = 'config' | 'read' | 'not-text' | 'too-large' | 'word' | 'nesting' | 'parse' | 'model' | 'rule' | 'lint' | 'worker'

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

const REPORT = {zh: '请将草稿与此信息报告给维护者', en: 'please report this with the draft to the maintainers'}


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
  if (lang === 'en') {
    switch (step) {
      case 'config':
        return `the config that applies to this draft cannot be used: ${cause}`
      case 'read':
        return `cannot read the draft (${cause}): ${readAdvice(code, lang)}`
      case 'not-text':
        return `not a text file (a NUL byte at byte ${numbers.byte}), skipped: if it is not a draft, move it out of the folder or add it to "ignore" in the config; a draft saved as UTF-16 or UTF-32 by an old editor can be saved again as UTF-8`
      case 'word':
        return wordReadReason(code, cause, lang)
      case 'too-large':
        return `the file is ${size(numbers.size)}, over the limit of ${size(numbers.limit)}, skipped: if it really is one draft, raise the limit with --max-file-size`
      case 'nesting':
        return `line ${line} is nested ${numbers.depth} levels deep (block quotes ">" or list markers), more than the ${numbers.limit} that can be checked, so the draft was not checked: a notice needs no such nesting; look for ">" or list markers pasted by mistake`
      case 'parse':
        return `cannot parse the draft as Markdown (${cause}); ${REPORT.en}`
      case 'model':
        return `cannot read the notice's elements (${cause}); ${REPORT.en}`
      case 'rule':
        return `rule ${rule} failed on this draft (${cause}); the other rules ran; ${REPORT.en}`
      case 'lint':
        return `the draft could not be checked (${cause}); ${REPORT.en}`
      case 'worker':
        return `the worker thread checking this draft stopped (${cause}), so the draft was not checked; the other drafts were; ${REPORT.en}`
    }
  }
  switch (step) {
    case 'config':
      return `适用于本草稿的配置文件有误：${cause}`
    case 'read':
      return `无法读取草稿（${cause}）：${readAdvice(code, lang)}`
    case 'not-text':
      return `不是文本文件（第 ${numbers.byte} 字节是 NUL 字节），已跳过：如果它不是草稿，请移出文件夹或在配置的 ignore 中排除；如果是旧编辑器存成 UTF-16/UTF-32 的草稿，请另存为 UTF-8`
    case 'word':
      return wordReadReason(code, cause, lang)
    case 'too-large':
      return `文件大小 ${size(numbers.size)}，超过 ${size(numbers.limit)} 的上限，已跳过：如确为一份草稿，请用 --max-file-size 调高上限`
    case 'nesting':
      return `第 ${line} 行嵌套了 ${numbers.depth} 层引用（“>”）或列表，超过可检查的 ${numbers.limit} 层，本草稿未检查：公文不需要这样的嵌套，请检查是否误粘贴了“>”或列表符号`
    case 'parse':
      return `无法将草稿解析为 Markdown（${cause}），${REPORT.zh}`
    case 'model':
      return `无法识别公文要素（${cause}），${REPORT.zh}`
    case 'rule':
      return `规则 ${rule} 检查本草稿时出错（${cause}），其他规则照常检查；${REPORT.zh}`
    case 'lint':
      return `本草稿未能完成检查（${cause}），${REPORT.zh}`
    case 'worker':
      return `检查本草稿的工作线程意外退出（${cause}），本草稿未检查，其他草稿照常检查；${REPORT.zh}`
  }
}

/** The one finding of a draft that failed before its rules could run. */
export function fatalMessage(failure: Failure, lang: Lang): SerializedMessage {
  const place = failure.line ? {line: failure.line, column: 1} : undefined
  return {reason: fatalReason(failure, lang), ruleId: FATAL_RULE_ID, source: SOURCE, fatal: true, url: TROUBLESHOOTING_URL, ...(place ? {place} : {})}
}
