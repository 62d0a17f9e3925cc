/**
 * Titles: a notice's title (`关于印发《…》的通知`, `平顺县人民政府封山禁火令`), its 文种, the documents it
 * issues, and titles as two mentions of one document are compared.
 */

/** The 15 文种 of the 党政机关公文处理工作条例, and 令 (`封山禁火令`). */
export const DOC_TYPES = [
  '决议', '决定', '命令', '令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要',
] as const

const BY_LENGTH = [...DOC_TYPES].sort((a, b) => b.length - a.length)
const TITLE_LIKE = new RegExp(`^(?:.{0,30}?)关于.+的(?:${DOC_TYPES.join('|')})$|令$`, 'u')
const ENDS_WITH_DOC_TYPE = new RegExp(`(?:${DOC_TYPES.join('|')})$`, 'u')
const SENTENCE_PUNCTUATION = /[。，；！？,;!?：:]/u

/** Punctuation a title (or an attachment's title) must not end with. */
export const TITLE_END_PUNCTUATION = /[。.．！!？?；;，,、：:]+$/u

/** A line shaped like a title written without `#`: `…关于…的通知`, `…令`, and no sentence punctuation. */
export function looksLikeTitle(text: string): boolean {
  return TITLE_LIKE.test(text) && !SENTENCE_PUNCTUATION.test(text)
}

export function endsWithDocType(text: string): boolean {
  return ENDS_WITH_DOC_TYPE.test(text)
}

/** The 文种 a title's subject ends with (the longest, closing punctuation aside), if any. */
export function docTypeOf(subject: string): string | undefined {
  const bare = subject.replace(/[。.！!？?；;，,]+$/u, '')
  return BY_LENGTH.find((type) => bare.endsWith(type))
}

/**
 * A title as two mentions of one document are compared: without book-title marks (`《〈政府工作报告〉…》`),
 * spaces, emphasis or closing punctuation, with round brackets full-width.
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/[《》〈〉\s*_]/gu, '')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）')
    .replace(TITLE_END_PUNCTUATION, '')
}

/** The lead of a title that issues a document: `关于印发`, `关于转发`, `关于下发`, `关于颁发` (`修订后的`). */
const ISSUING_LEAD = /^关于(?:印发|转发|下发|颁发)(?:修订后的|新修订的)?/u

/** Whether a title's subject issues a document (`关于印发…的通知`); `关于公布…` publishes, it does not issue. */
export function issuesDocument(subject: string): boolean {
  return ISSUING_LEAD.test(subject)
}

/**
 * Where a title names the document it issues without `《》`: the words between `关于印发` and the last
 * `的` (`关于印发陵川县抗旱应急预案的通知` → `陵川县抗旱应急预案`), as offsets into `subject`.
 */
export function documentNamedIn(subject: string): {start: number; end: number} | undefined {
  const lead = ISSUING_LEAD.exec(subject)
  if (!lead) return undefined
  const end = subject.lastIndexOf('的')
  if (end <= lead[0].length || end === subject.length - 1) return undefined
  return {start: lead[0].length, end}
}

/** The words a document's name ends with (`…应急预案`, `…管理办法`, `…实施方案（试行）`). */
export const DOCUMENT_KINDS = [
  '预案', '方案', '计划', '办法', '规划', '规则', '制度', '意见', '措施', '要点', '纲要', '清单', '目录', '决定', '细则', '标准',
  '规定', '条例', '须知', '通知',
]
const DOCUMENT_KIND = new RegExp(`(?:${DOCUMENT_KINDS.join('|')})(?:（[^（）]*）)?$`, 'u')

/** Whether a name ends like a document's (`…抗旱应急预案`, `…实施方案（试行）`), not a seal's or a thing's. */
export function namesDocument(name: string): boolean {
  return DOCUMENT_KIND.test(name)
}

/**
 * The documents one unmarked name stands for: `绛县生产安全事故应急预案、防汛抗旱应急预案` names two when
 * every part of it names a kind of document; otherwise the name is one document. Offsets into `name`.
 */
export function documentsInName(name: string): Array<{start: number; end: number}> {
  const parts: Array<{start: number; end: number}> = []
  let start = 0
  for (const separator of name.matchAll(/、|和/gu)) {
    parts.push({start, end: separator.index})
    start = separator.index + separator[0].length
  }
  parts.push({start, end: name.length})
  if (parts.length > 1 && parts.every((part) => namesDocument(name.slice(part.start, part.end)))) return parts
  return [{start: 0, end: name.length}]
}
