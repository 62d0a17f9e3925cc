/**
 * `fatal` (spec/rules.md, "Ids beyond the rules"): a draft that could not be read, decoded, parsed or
 * modelled, or a rule that threw on it, is one finding on that draft; the rest of the run goes on.
 */
import {FileTooLargeError, NotTextError, WordReadError, type Lang, type SerializedMessage, type WordReadProblem} from '@gazette-lint/core'

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

/** What to do when a file cannot be read, by the error's code. */
const READ_ADVICE: Record<string, {zh: string; en: string}> = {
  ENOENT: {zh: '文件不存在（或符号链接指向的文件不存在）：请检查路径', en: 'the file does not exist (or a symlink points nowhere): check the path'},
  EACCES: {zh: '没有读取权限：请检查文件及其所在文件夹的权限', en: 'permission denied: check the permissions of the file and of the folders above it'},
  EPERM: {zh: '没有读取权限：请检查文件及其所在文件夹的权限', en: 'permission denied: check the permissions of the file and of the folders above it'},
  ELOOP: {zh: '符号链接指向自身或形成循环：请修正或删除该链接', en: 'a symlink that points to itself or round in a loop: fix or remove the link'},
  EISDIR: {zh: '这是一个文件夹而不是文件', en: 'this is a folder, not a file'},
  ENOTFILE: {zh: '不是普通文件（FIFO、套接字或设备），未读取：请移出文件夹', en: 'not a regular file (a FIFO, a socket or a device), not read: move it out of the folder'},
}
const READ_DEFAULT = {zh: '请确认文件存在且可读', en: 'check that the file exists and can be read'}

/** The packages a `.docx` may turn out to be instead (`not-word`). */
const OTHER_PACKAGE: Record<string, {zh: string; en: string}> = {
  workbook: {zh: '是 Excel 工作簿', en: 'an Excel workbook'},
  presentation: {zh: '是 PowerPoint 演示文稿', en: 'a PowerPoint presentation'},
  'compound-file': {zh: '是其他 Office 旧格式文件', en: 'another old-format Office file'},
}

function wordReason(code: string | undefined, cause: string, lang: Lang): string {
  const problem = (code ?? 'damaged') as WordReadProblem
  const detail = problem === 'not-word' ? (OTHER_PACKAGE[cause]?.[lang] ?? (lang === 'en' ? `no ${cause}` : `缺少 ${cause}`)) : cause
  const advice = (WORD_ADVICE[problem] ?? WORD_ADVICE.damaged)[lang].replace('{detail}', detail)
  return lang === 'en' ? `cannot read the Word document: ${advice}` : `无法读取 Word 文档：${advice}`
}

/** What is wrong with a `.docx` that cannot be read, and what to do, by the problem found. */
const WORD_ADVICE: Record<WordReadProblem, {zh: string; en: string}> = {
  encrypted: {
    zh: '文件设有打开密码（已加密），无法检查：请在 Word 中取消密码（“文件”→“信息”→“保护文档”→“用密码进行加密”，清空密码）或在 WPS 中取消加密后另存，再检查',
    en: 'the file is protected by a password (encrypted) and cannot be checked: remove the password in Word (File > Info > Protect Document > Encrypt with Password, clear it) or in WPS, save, and check it again',
  },
  'legacy-doc': {
    zh: '这是 Word 97-2003 格式（.doc）的文件，只是扩展名为 .docx：请在 Word 或 WPS 中打开，另存为“Word 文档（*.docx）”后再检查',
    en: 'this is a Word 97-2003 (.doc) file with a .docx name: open it in Word or WPS and save it as a Word document (*.docx), then check it again',
  },
  'not-zip': {
    zh: '这不是 Word 文档（.docx 应为 ZIP 压缩包）：若它是 .doc、.rtf、.wps 或文本文件，请在 Word 或 WPS 中另存为“Word 文档（*.docx）”；若不是草稿，请移出文件夹或在配置的 ignore 中排除',
    en: 'this is not a Word document (a .docx is a ZIP package): if it is a .doc, .rtf, .wps or text file, save it as a Word document (*.docx) in Word or WPS; if it is not a draft, move it out of the folder or add it to "ignore" in the config',
  },
  'not-word': {
    zh: '这是 ZIP 压缩包，但不是 Word 文档（{detail}）：请确认文件无误，或将草稿另存为“Word 文档（*.docx）”',
    en: 'this is a ZIP package but not a Word document ({detail}): check the file, or save the draft as a Word document (*.docx)',
  },
  damaged: {
    zh: '文件已损坏，无法解压或读取（{detail}）：请在 Word 或 WPS 中打开并修复后另存，或向发送人重新索取',
    en: 'the file is damaged and cannot be unpacked or read ({detail}): open and repair it in Word or WPS and save it again, or ask the sender for a new copy',
  },
  'too-large': {
    zh: '文件解压后的内容过大（{detail}），不像一份公文草稿，已跳过：请确认文件无误',
    en: 'the file unpacks to far more than a draft holds ({detail}) and was skipped: check the file',
  },
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
  const read = (code && READ_ADVICE[code]) || READ_DEFAULT
  if (lang === 'en') {
    switch (step) {
      case 'config':
        return `the config that applies to this draft cannot be used: ${cause}`
      case 'read':
        return `cannot read the draft (${cause}): ${read.en}`
      case 'not-text':
        return `not a text file (a NUL byte at byte ${numbers.byte}), skipped: if it is not a draft, move it out of the folder or add it to "ignore" in the config; a draft saved as UTF-16 or UTF-32 by an old editor can be saved again as UTF-8`
      case 'word':
        return wordReason(code, cause, lang)
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
      return `无法读取草稿（${cause}）：${read.zh}`
    case 'not-text':
      return `不是文本文件（第 ${numbers.byte} 字节是 NUL 字节），已跳过：如果它不是草稿，请移出文件夹或在配置的 ignore 中排除；如果是旧编辑器存成 UTF-16/UTF-32 的草稿，请另存为 UTF-8`
    case 'word':
      return wordReason(code, cause, lang)
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
