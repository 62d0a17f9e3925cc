/**
 * What a user reads when a file cannot be read or written, in Chinese and English: the file system's reasons
 * as words, and what to do about them when a draft cannot be read, when a Word document cannot be unpacked,
 * and when a report cannot be written. One catalogue for the engine's `fatal` findings and the command's
 * messages, so a reason is worded once.
 */
import type {Lang} from '../i18n.js'
import type {WordReadProblem} from '../word/word-read-error.js'

/** The reasons a file system gives, as a clerk reads them. */
const IO_REASONS: Record<string, Record<Lang, string>> = {
  ENOENT: {zh: '文件或文件夹不存在', en: 'no such file or folder'},
  EACCES: {zh: '没有权限', en: 'permission denied'},
  EPERM: {zh: '没有权限', en: 'operation not permitted'},
  EISDIR: {zh: '这是文件夹，不是文件', en: 'it is a folder, not a file'},
  ENOTDIR: {zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder'},
  ENOSPC: {zh: '磁盘空间不足', en: 'no space left on the disk'},
  EROFS: {zh: '文件系统只读', en: 'read-only file system'},
  EEXIST: {zh: '已有同名的文件或文件夹', en: 'a file or folder of that name exists'},
  EBUSY: {zh: '文件正被占用', en: 'the file is busy'},
}

/** A failed read's or write's code (`EACCES`) as words: `没有权限（EACCES）` / `permission denied (EACCES)`; other text as it is. */
export function reasonText(codeOrText: string, lang: Lang): string {
  const known = IO_REASONS[codeOrText]
  return known ? `${known[lang]}${lang === 'zh' ? `（${codeOrText}）` : ` (${codeOrText})`}` : codeOrText
}

/** What a failed read or write is kept as until it is said: its code, else its message. */
export function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error))
}

/** Why a read or a write failed, in a language. */
export function ioReason(error: unknown, lang: Lang): string {
  return reasonText(reasonOf(error), lang)
}

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

/** What to do when the report cannot be written, by the error's code. */
const WRITE_ADVICE: Record<string, {zh: string; en: string}> = {
  ENOSPC: {zh: '磁盘已满，请腾出空间后重试', en: 'the disk is full: free some space and run again'},
  EDQUOT: {zh: '超出磁盘配额，请腾出空间后重试', en: 'the disk quota is exceeded: free some space and run again'},
  EACCES: {zh: '没有写入权限，请换一个位置或检查文件夹权限', en: 'permission denied: write elsewhere or check the folder\'s permissions'},
  EPERM: {zh: '没有写入权限，请换一个位置或检查文件夹权限', en: 'permission denied: write elsewhere or check the folder\'s permissions'},
  EROFS: {zh: '文件系统只读，请换一个位置', en: 'the file system is read-only: write elsewhere'},
  EISDIR: {zh: '这是一个文件夹，请指定文件名', en: 'this is a folder: name a file'},
  ENOTDIR: {zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder'},
  // mkdir over a file that stands where a folder of the path should.
  EEXIST: {zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder'},
  ELOOP: {zh: '符号链接形成循环', en: 'a symlink loop'},
  ENXIO: {zh: '这是无法按路径打开的套接字或设备', en: 'a socket or a device that cannot be opened by its path'},
}

/** The packages a `.docx` may turn out to be instead (`not-word`). */
const OTHER_PACKAGE: Record<string, {zh: string; en: string}> = {
  workbook: {zh: '是 Excel 工作簿', en: 'an Excel workbook'},
  presentation: {zh: '是 PowerPoint 演示文稿', en: 'a PowerPoint presentation'},
  'compound-file': {zh: '是其他 Office 旧格式文件', en: 'another old-format Office file'},
}

/** Why a Word document cannot be read and what to do, from its problem (`WordReadError.problem`) and detail. */
export function wordReadReason(code: string | undefined, cause: string, lang: Lang): string {
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

/** What to do when a draft cannot be read, by the error's code (a generic check when the code is unknown). */
export function readAdvice(code: string | undefined, lang: Lang): string {
  return ((code && READ_ADVICE[code]) || READ_DEFAULT)[lang]
}

/** What to do when a report cannot be written, by the error's code, if there is advice for it. */
export function writeAdvice(code: string | undefined, lang: Lang): string | undefined {
  return code ? WRITE_ADVICE[code]?.[lang] : undefined
}
