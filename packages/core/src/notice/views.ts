/**
 * Views of a Notice that several rules need, derived on first use and kept for that Notice (as
 * markdownlint's cache keeps its filtered token lists per file): the numbered items without 预案 section
 * numbers and their sibling groups. Rules read these instead of deriving them again.
 */
import type {Notice, NumberedItem} from './types.js'

interface Views {
  numberingItems?: NumberedItem[]
  siblingGroups?: NumberedItem[][]
  parentItems?: Set<NumberedItem>
}

const cache = new WeakMap<Notice, Views>()

function view<K extends keyof Views>(notice: Notice, key: K, derive: (notice: Notice) => NonNullable<Views[K]>): NonNullable<Views[K]> {
  let views = cache.get(notice)
  if (!views) {
    views = {}
    cache.set(notice, views)
  }
  return (views[key] ??= derive(notice)) as NonNullable<Views[K]>
}

/** The numbered items, less the 预案 section numbers read as items (`5.应急处置与救援` over `5.1 …`). */
export function numberingItems(notice: Notice): NumberedItem[] {
  return view(notice, 'numberingItems', () => notice.items.filter((item) => !(item.level === 3 && isSectionHeading(notice, item))))
}

/** A `N.` heading whose section goes on with `N.1` within three blocks: decimal section numbering. */
function isSectionHeading(notice: Notice, item: NumberedItem): boolean {
  const sub = new RegExp(`^\\*{0,2}${item.ordinal}[.．]1(?!\\d)`, 'u')
  for (let index = item.unitIndex + 1; index < notice.units.length && index <= item.unitIndex + 3; index++) {
    if (sub.test(notice.units[index].text)) return true
  }
  return false
}

/** Siblings among the numbering items: one section, one parent, one level; in the order they stand. */
export function siblingGroups(notice: Notice): NumberedItem[][] {
  return view(notice, 'siblingGroups', () => {
    const groups = new Map<string, NumberedItem[]>()
    for (const item of numberingItems(notice)) {
      const key = `${item.scope}|${item.parent ?? -1}|${item.level}`
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
    return [...groups.values()]
  })
}

/** Whether an item has items under it (it is a heading of its own list, not a task). */
export function hasSubItems(notice: Notice, item: NumberedItem): boolean {
  const parents = view(notice, 'parentItems', () => new Set(notice.items.flatMap((child) => (child.parent === undefined ? [] : [notice.items[child.parent]]))))
  return parents.has(item)
}
