/** The issuing organ's name (发文机关), as a header, a signature or the start of a title names it. */

/** Suffixes of an issuing organ's name, to recognise an issuer line without a profile. */
const ISSUER_LINE =
  /^[\u4e00-\u9fa5（）()]{1,30}?(?:人民政府办公室|人民政府|政府办公室|政府办|政府|办公室|委员会|管理委员会|管委会|局|厅|委|办)$/u

/** A short line that can only be an organ's name: no sentence punctuation, an organ's suffix. */
export function isIssuerLine(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= 32 && ISSUER_LINE.test(trimmed)
}

/** True when every character of `short` appears in `full`, in order (`县政府办` in `陵川县人民政府办公室`). */
export function isAbbreviationOf(short: string, full: string): boolean {
  let at = 0
  for (const char of short) {
    at = full.indexOf(char, at)
    if (at < 0) return false
    at += char.length
  }
  return true
}
