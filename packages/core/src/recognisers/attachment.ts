/**
 * Attachments: the 附件说明 of a cover (`附件：1.甲` / `2.乙`), the label printed above an attachment
 * (`附件1`, `附表 7`), and the notes after a listed title that are not part of it (`（见网络版）`).
 */

/** `附件：…`, `附件:…` (the 附件说明), but not the `附件1` label of a printed attachment. */
export const ATTACHMENT_NOTE_START = /^(?<label>附\s*件)\s*(?<colon>[：:])/u
/** The label printed before an attachment's heading: `附件1`, `附件 2`, `附件`, `附表 7`. */
export const ATTACHMENT_LABEL = /^(?<word>附件|附表)\s*(?<ordinal>\d*)$/u
/** One item of a 附件说明 list: `1.标题`, `2. 标题`, `3、标题`, `3-1.标题`, and the misnumbered `（1）标题`. */
export const ATTACHMENT_ITEM = /^(?<label>\d+(?:-\d+)?\s*[.．、]|[（(]\d+[）)])\s*(?<title>.+)$/u
/** The label of a sub-item (`3-1.`): listed under its item, not counted among the attachments. */
export const SUB_ITEM_LABEL = /^\d+-\d+/u
/** Attachments not printed with the notice: `（见网络版）`, `（另发）`, `（略）`. */
export const NOT_PRINTED_NOTE = /[（(](?:见网络版|另发|略)[）)]/u
/** Notes on an attachment that are not part of its title: not printed with it, or a template (`（参考模板）`). */
export const ATTACHMENT_TITLE_NOTE = /\s*[（(](?:见网络版|另发|略|参考模板)[）)]\s*$/u

/** A label as the gazettes print it: at most two digits (`附件12`, not a page's `附件123`). */
export function isPrintedAttachmentLabel(text: string): boolean {
  const match = ATTACHMENT_LABEL.exec(text)
  return match !== null && match.groups!.ordinal.length <= 2
}

const PRINTED_ITEM_LABEL = /^(?<ordinal>\d+)(?:-(?<sub>\d+))?\s*[.．、]/u

/**
 * The number before an item of a 附件说明 as the gazettes print it (`1.`, `2、`, `3-1.`, two digits at
 * most each), or undefined; a title may follow on a later line.
 */
export function printedItemLabel(text: string): string | undefined {
  const match = PRINTED_ITEM_LABEL.exec(text)
  if (!match || match.groups!.ordinal.length > 2 || (match.groups!.sub?.length ?? 0) > 2) return undefined
  return match[0]
}
