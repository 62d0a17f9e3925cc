/** Colours as Word records them (`RRGGBB` in upper case, or `auto`). */

/** Red as a 版头 is printed: a strong red channel, weak green and blue (`FF0000`, `C00000`, `E60012`). */
export function isRed(colour: string): boolean {
  const match = /^([0-9A-F]{2})([0-9A-F]{2})([0-9A-F]{2})$/u.exec(colour)
  return match !== null && Number.parseInt(match[1], 16) >= 0xb0 && Number.parseInt(match[2], 16) <= 0x60 && Number.parseInt(match[3], 16) <= 0x60
}
