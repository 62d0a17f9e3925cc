/**
 * Line shapes of a gazette's layout (CATALOG §2–§3) that only print has: the issuer header over a notice,
 * the 令 and 政府工作报告 titles, the 陵川 end note, 预案 decimal headings, contact lines. The elements
 * themselves (number, date, flag, attachment, annotation, numbering) are read by the core recognisers,
 * with print's narrower bounds (`isPrintedNumberLine`, `isPrintedDateLine`, …).
 */

/** `陵川县人民政府`, `沁县人民政府办公室`, optionally followed by the title (`绛县人民政府 关于…的通知`). */
export const ISSUER_HEADER =
  /^(?<issuer>[\u4e00-\u9fa5]{1,6}县人民政府(?:办公室)?)(?:[ \u3000]+(?<title>关于.*))?$/u

/** The 陵川 end-of-document note `（注：此件详见县政府网站）`. */
export const NOTE_LINE = /^[（(]注[：:].*[）)]$/u

/** A 令 title, which carries the issuer: `平顺县人民政府封山禁火令`. */
export const ORDER_TITLE = /^(?<issuer>[\u4e00-\u9fa5]{1,6}县人民政府)[\u4e00-\u9fa5]{1,20}令$/u

/** The 政府工作报告: its title line, then the `——…会议上` subtitle and the `各位代表：` salutation. */
export const REPORT_TITLE = /^政府工作报告$/u
export const REPORT_SUBTITLE = /^——.*(?:会议上|大会上)$/u
export const REPORT_SALUTATION = /^各位代表[：:]$/u

/** Decimal headings of 预案 (`1 总则`, `1.1 编制目的`, `3.2.3干旱预警发布内容`): only on short lines. */
export const DECIMAL_HEADING = /^\d{1,2}(?:(?:\.\d{1,2}){1,3}\s*|\s+)[\u4e00-\u9fa5]/u

/** Labels of a contact block (`联系电话：…`, `电子邮箱：…`). */
export const CONTACT_LINE = /^(?:联系人|联系电话|联系方式|电子邮箱|邮箱|传真|地址)[：:]/u

/**
 * A unit-list or suffix annotation closed on its line, as a printed line shows it: `（县安委会有关成员单位负责）`,
 * `（县政府办公室）`. Read by its last word: the model's reading of an annotation's text would take a line
 * `（试行）` for a list of units (行, a bank's suffix); the model asks it only after a sentence, print of any line.
 */
export const ANNOTATION_CLOSED =
  /^[（(〔][\u4e00-\u9fa5、，,（）()〔〕]{2,80}?(?:负责|落实|配合|牵头|部门|单位|政府|局|办|中心|办公室|乡镇)[）)〕][。；]?$/u
