/** Line shapes of a gazette notice's elements, as printed in the corpus (CATALOG §2–§3). */

/** `陵川县人民政府`, `沁县人民政府办公室`, optionally followed by the title (`绛县人民政府 关于…的通知`). */
export const ISSUER_HEADER =
  /^(?<issuer>[\u4e00-\u9fa5]{1,6}县人民政府(?:办公室)?)(?:[ \u3000]+(?<title>关于.*))?$/u

/** A 发文字号 on its own line: `陵政办发〔2023〕5号`, `沁政办发〔2021〕17 号`. */
export const NUMBER_LINE = /^[\u4e00-\u9fa5]{2,8}[〔[【（(]\s*\d{4}\s*[〕\]】）)]\s*第?\s*\d{1,4}\s*号$/u

/** A 成文日期 on its own line, spaces allowed: `2023年3月16日`, `2021 年 7 月 14 日`. */
export const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u

/** A disclosure flag (附注): `（此件公开发布）`, `(此件详见县政府网站)`, `（依申请公开）`. */
export const FLAG_LINE = /^[（(](?:此件|本件|依申请公开|主动公开|不予公开)[^（）()]{0,24}[）)]$/u

/** The 陵川 end-of-document note `（注：此件详见县政府网站）`. */
export const NOTE_LINE = /^[（(]注[：:].*[）)]$/u

/** The 附件说明: `附件：`, `附件：1.…`, `附件:…`. */
export const ATTACHMENT_NOTE = /^附\s*件\s*[：:]/u

/** The label above a printed attachment: `附件1`, `附件 2`, `附件`, `附表 7`. */
export const ATTACHMENT_LABEL = /^附[件表]\s*\d{0,2}$/u

/** An item of a 附件说明 list: `1.标题`, `2. 标题`, `3、标题`, `3-1.标题`. */
export const ATTACHMENT_ITEM = /^\d{1,2}(?:-\d{1,2})?\s*[.．、]/u

/** A 令 title, which carries the issuer: `平顺县人民政府封山禁火令`. */
export const ORDER_TITLE = /^(?<issuer>[\u4e00-\u9fa5]{1,6}县人民政府)[\u4e00-\u9fa5]{1,20}令$/u

/** The 政府工作报告: its title line, then the `——…会议上` subtitle and the `各位代表：` salutation. */
export const REPORT_TITLE = /^政府工作报告$/u
export const REPORT_SUBTITLE = /^——.*(?:会议上|大会上)$/u
export const REPORT_SALUTATION = /^各位代表[：:]$/u

/** Numbering markers that open a paragraph (CATALOG §3.13). */
export const NUMBERING_START: readonly RegExp[] = [
  /^[一二三四五六七八九十百]+、/u,
  /^[（(][一二三四五六七八九十百]+[）)]/u,
  /^\d{1,3}(?:-\d{1,2})?[.．、](?![\d.．])/u,
  /^[（(]\d{1,3}[）)]/u,
  /^第[一二三四五六七八九十百零〇]+[章节条]/u,
  /^——/u,
]

/** Decimal headings of 预案 (`1 总则`, `1.1 编制目的`, `3.2.3干旱预警发布内容`): only on short lines. */
export const DECIMAL_HEADING = /^\d{1,2}(?:(?:\.\d{1,2}){1,3}\s*|\s+)[\u4e00-\u9fa5]/u

/** Labels of a contact block (`联系电话：…`, `电子邮箱：…`). */
export const CONTACT_LINE = /^(?:联系人|联系电话|联系方式|电子邮箱|邮箱|传真|地址)[：:]/u

/** Labels that open a responsible-unit annotation (CATALOG §3.11). */
export const ANNOTATION_START =
  /^[（(〔](?:责任单位|牵头单位|配合单位|参与单位|责任领导|分管领导|责任科室|责任股室|责任人|完成时限)\s*[：:]/u

/** A unit-list or suffix annotation closed on its line: `（县安委会有关成员单位负责）`, `（县政府办公室）`. */
export const ANNOTATION_CLOSED =
  /^[（(〔][\u4e00-\u9fa5、，,（）()〔〕]{2,80}?(?:负责|落实|配合|牵头|部门|单位|政府|局|办|中心|办公室|乡镇)[）)〕][。；]?$/u

/** `陵政办发〔2023〕5号` → `陵政办发〔2023〕5号` without any whitespace. */
export function canonicalNumber(printed: string): string {
  return printed.replace(/\s+/gu, '')
}
