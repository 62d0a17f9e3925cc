/**
 * The disclosure flag (附注, `（此件公开发布）`) on its own line, in the shapes drafters write it:
 * `(此件公开发布)`, `（依申请公开）`, `（此件正文公开发布，附件不公开）`, with a stray `。`, or without brackets.
 * `（注：此件详见县政府网站）` is a note, not a flag.
 */

const FLAG_LINE =
  /^(?<open>[（(［\[【])\s*(?<inner>(?:此件|本件)[^（）()]{1,30}|(?:依申请|主动|不予)公开[^（）()]{0,10}|公开属性[：:][^（）()]{1,10})\s*(?<close>[）)］\]】])\s*(?<stop>[。.])?$/u
const BARE_FLAG_LINE = /^(?<inner>此件(?:公开发布|依申请公开|不予公开|主动公开))(?<stop>[。.])?$/u

/** The three flags of 国办发〔2016〕80号: every county may use them, and they stand when no profile applies. */
export const STANDARD_FLAGS = ['（此件公开发布）', '（此件依申请公开）', '（此件不予公开）']

export interface FlagParts {
  open: string
  close: string
  inner: string
  trailingStop: boolean
}

export function parseFlagLine(text: string): FlagParts | undefined {
  const trimmed = text.trim()
  const match = FLAG_LINE.exec(trimmed)
  if (match?.groups) {
    return {
      open: match.groups.open,
      close: match.groups.close,
      inner: match.groups.inner.trim(),
      trailingStop: Boolean(match.groups.stop),
    }
  }
  const bare = BARE_FLAG_LINE.exec(trimmed)
  if (bare?.groups) {
    return {open: '', close: '', inner: bare.groups.inner, trailingStop: Boolean(bare.groups.stop)}
  }
  return undefined
}

/** The literal between the outer brackets of a flag as a profile lists it: `（此件公开发布）` → `此件公开发布`. */
export function flagInner(literal: string): string {
  return literal.trim().replace(/^[（(［\[【]\s*/u, '').replace(/\s*[）)］\]】]$/u, '')
}

/**
 * A flag line as the gazettes print it: round brackets of either width, nothing inside them but the
 * flag, nothing after them (`（此件公开发布）`, `(此件详见县政府网站)`).
 */
export function isPrintedFlagLine(text: string): boolean {
  const parts = parseFlagLine(text)
  if (!parts || parts.trailingStop || !/^[（(]$/u.test(parts.open) || !/^[）)]$/u.test(parts.close)) return false
  return text === `${parts.open}${parts.inner}${parts.close}`
}
