/**
 * `fatal` (spec/rules.md, "Ids beyond the rules"): a draft that could not be read, decoded, parsed or
 * modelled, or a rule that threw on it, is one finding on that draft; the rest of the run goes on.
 */
import type {Lang, SerializedMessage} from '@gazette-lint/core'

export const FATAL_RULE_ID = 'fatal'
export const SOURCE = 'gazette-lint'

export type FailedStep = 'config' | 'read' | 'parse' | 'model' | 'rule' | 'lint'

/** A failed step as plain data (it crosses threads and sits in results): what failed and why. */
export interface Failure {
  step: FailedStep
  /** The error's code and message. */
  cause: string
  /** The rule that threw, for `rule`. */
  rule?: string
}

export function failure(step: FailedStep, error: unknown, rule?: string): Failure {
  return {step, cause: causeOf(error), ...(rule ? {rule} : {})}
}

function causeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = error instanceof Error ? error.message : String(error)
  return code && !message.includes(code) ? `${code}: ${message}` : message
}

const REPORT = {zh: '请将草稿与此信息报告给维护者', en: 'please report this with the draft to the maintainers'}

/** The finding's text: what failed, why, and what to do about it. */
export function fatalReason({step, cause, rule}: Failure, lang: Lang): string {
  if (lang === 'en') {
    switch (step) {
      case 'config':
        return `the config that applies to this draft cannot be used: ${cause}`
      case 'read':
        return `cannot read the draft (${cause}): check that the file exists and can be read`
      case 'parse':
        return `cannot parse the draft as Markdown (${cause}); ${REPORT.en}`
      case 'model':
        return `cannot read the notice's elements (${cause}); ${REPORT.en}`
      case 'rule':
        return `rule ${rule} failed on this draft (${cause}); the other rules ran; ${REPORT.en}`
      case 'lint':
        return `the draft could not be checked (${cause}); ${REPORT.en}`
    }
  }
  switch (step) {
    case 'config':
      return `适用于本草稿的配置文件有误：${cause}`
    case 'read':
      return `无法读取草稿（${cause}）：请确认文件存在且可读`
    case 'parse':
      return `无法将草稿解析为 Markdown（${cause}），${REPORT.zh}`
    case 'model':
      return `无法识别公文要素（${cause}），${REPORT.zh}`
    case 'rule':
      return `规则 ${rule} 检查本草稿时出错（${cause}），其他规则照常检查；${REPORT.zh}`
    case 'lint':
      return `本草稿未能完成检查（${cause}），${REPORT.zh}`
  }
}

/** The one finding of a draft that failed before its rules could run. */
export function fatalMessage(failure: Failure, lang: Lang): SerializedMessage {
  return {reason: fatalReason(failure, lang), ruleId: FATAL_RULE_ID, source: SOURCE, fatal: true}
}
