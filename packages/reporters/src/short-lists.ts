import type {Message} from './common.js'

/** A list this long or shorter is shown whole: cutting it would save less than it hides. */
const SHOWN_WHOLE = 4
/** How many items a shortened list keeps. */
const KEPT = 3

/** The separators rules join lists with, and how each language says how many there are in all. */
const LIST_STYLES = [
  {separator: '、', rest: (count: number, key: string) => ` 等 ${count} ${key === 'files' ? '份' : '项'}`},
  {separator: ', ', rest: (count: number) => ` and ${count - KEPT} more`},
]

/**
 * The message as a terminal shows it: a list the rule put in its data is cut to its first few items and
 * a count ("a.md、b.md、c.md 等 7 份"); machine formats keep the whole message. A rule marks a list by
 * giving its length next to it: data `{files: 'a.md、b.md…', filesCount: 7}`. The list is cut only
 * where the message holds it verbatim and it splits into exactly that many items, so a file name
 * that itself holds a separator leaves the message whole rather than wrong.
 */
export function shortenedReason(message: Message): string {
  const data = (message as Message & {data?: Record<string, unknown>}).data
  let reason = message.reason
  if (!data || typeof data !== 'object') return reason
  for (const [key, value] of Object.entries(data)) {
    const count = data[`${key}Count`]
    if (typeof value !== 'string' || typeof count !== 'number' || count <= SHOWN_WHOLE) continue
    const at = reason.lastIndexOf(value)
    if (at < 0) continue
    for (const style of LIST_STYLES) {
      const items = value.split(style.separator)
      if (items.length !== count) continue
      reason = reason.slice(0, at) + items.slice(0, KEPT).join(style.separator) + style.rest(count, key) + reason.slice(at + value.length)
      break
    }
  }
  return reason
}
