/**
 * `encoding` (spec/rules.md, "Ids beyond the rules"): how a draft's bytes were read, said out loud. An
 * info names the encoding of a draft that is not UTF-8; a warning stands at each run of bytes that are
 * not UTF-8 inside a UTF-8 draft (shown as U+FFFD, so the rules read the rest of the draft as written).
 */
import {createLocator, ENCODING_LABEL, type DecodedText, type Encoding, type InvalidBytes, type Lang} from '@gazette-lint/core'
import type {VFile} from 'vfile'
import {SOURCE, TROUBLESHOOTING_URL} from './fatal.js'

export const ENCODING_RULE_ID = 'encoding'

/** What a draft's reading left to report: plain data, it crosses threads with the draft. */
export interface Decoding {
  encoding: Encoding
  decidedBy: DecodedText['decidedBy']
  invalid: InvalidBytes[]
  /** The file name as shown, when its bytes are not UTF-8 (the draft was opened by those bytes). */
  nameNotUtf8?: string
}

declare module 'vfile' {
  interface DataMap {
    /** How the draft's bytes were read, for its `encoding` findings. */
    decoding: Decoding
  }
}

/** Invalid runs reported one by one; past these, one more finding counts the rest. */
const MAX_INVALID_REPORTED = 20

const HOW: Record<DecodedText['decidedBy'], {zh: string; en: string}> = {
  bom: {zh: '（文件开头的字节顺序标记 BOM 表明）', en: ' (as its byte-order mark says)'},
  forced: {zh: '（按 --encoding 的指定）', en: ' (as --encoding says)'},
  detected: {zh: '（按文件内容判断）', en: ' (judged from its bytes)'},
}

function encodingReason(decoding: Decoding, lang: Lang): string {
  const label = ENCODING_LABEL[decoding.encoding]
  return lang === 'en'
    ? `the draft was read as ${label}${HOW[decoding.decidedBy].en}, not UTF-8: the checks are not affected; save it as UTF-8 so that every tool reads it alike, or name the encoding with --encoding if this is wrong`
    : `本草稿按 ${label} 编码读取${HOW[decoding.decidedBy].zh}，不是 UTF-8：检查不受影响；建议另存为 UTF-8，以便各种工具一致读取；如判断有误，可用 --encoding 指定编码`
}

function invalidReason(run: InvalidBytes, lang: Lang): string {
  return lang === 'en'
    ? `bytes that are not UTF-8 at byte ${run.byteOffset} (${run.bytes}), shown as "\ufffd": text pasted from a file in another encoding (such as GB18030)? Type the text again; if the whole draft is GB18030, say so with --encoding gb18030`
    : `第 ${run.byteOffset} 字节起有不是 UTF-8 的字节（${run.bytes}），显示为“\ufffd”：可能是从其他编码（如 GB18030）的文件中粘贴的文字，请重新输入这段文字；如整份草稿是 GB18030 编码，可用 --encoding gb18030 指定`
}

function nameReason(name: string, lang: Lang): string {
  return lang === 'en'
    ? `the file name is not UTF-8 (shown here as "${name}"): many tools cannot open it; rename it in UTF-8, e.g. with convmv -f gbk -t utf-8 --notest`
    : `文件名不是 UTF-8 编码（此处显示为“${name}”），许多工具无法打开：请将文件名改为 UTF-8，例如用 convmv -f gbk -t utf-8 --notest 转换`
}

function moreReason(count: number, lang: Lang): string {
  return lang === 'en'
    ? `${count} more runs of bytes that are not UTF-8 from here on, not listed one by one: is the draft in another encoding? Name it with --encoding`
    : `此处起还有 ${count} 处不是 UTF-8 的字节，不再逐一列出：草稿可能是其他编码，可用 --encoding 指定`
}

/** Puts a draft's `encoding` findings on its file (before the message chain, so suppression applies). */
export function addEncodingFindings(file: VFile, decoding: Decoding | undefined, lang: Lang): void {
  if (!decoding) return
  const add = (reason: string, fatal: boolean | undefined, place?: ReturnType<ReturnType<typeof createLocator>['span']>) => {
    const message = file.message(reason, {ruleId: ENCODING_RULE_ID, source: SOURCE, place})
    message.fatal = fatal
    message.url = TROUBLESHOOTING_URL
  }
  if (decoding.nameNotUtf8 !== undefined) add(nameReason(decoding.nameNotUtf8, lang), false)
  if (decoding.encoding !== 'utf-8' && decoding.encoding !== 'utf-8-bom') add(encodingReason(decoding, lang), undefined)
  if (decoding.invalid.length === 0) return
  const locator = createLocator(String(file.value))
  for (const run of decoding.invalid.slice(0, MAX_INVALID_REPORTED)) add(invalidReason(run, lang), false, locator.span(run.offset, run.offset + run.length))
  const rest = decoding.invalid.slice(MAX_INVALID_REPORTED)
  if (rest.length > 0) add(moreReason(rest.length, lang), false, locator.span(rest[0].offset, rest[0].offset + rest[0].length))
}
