import type {VFileMessage} from 'vfile-message'
import type {Comment} from './notice/types.js'

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  /** Rule ids; empty means every rule. */
  ids: string[]
  line: number
  /** For disable-next-line: the line it silences. */
  target?: number
}

const DIRECTIVE = /^gazette-lint-(disable-next-line|disable|enable)\b(.*)$/s

export function readDirectives(comments: Comment[], text: string): Directive[] {
  const lines = text.split('\n')
  const directives: Directive[] = []
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.content)
    if (!match) continue
    // `-- reason` after the ids is a comment on the directive, as in ESLint.
    const ids = match[2].split('--')[0].split(/[\s,]+/).filter(Boolean)
    const kind = match[1] as Directive['kind']
    const line = comment.position.start.line
    let target: number | undefined
    if (kind === 'disable-next-line') {
      target = comment.position.end.line + 1
      while (target <= lines.length && lines[target - 1].trim() === '') target++
    }
    directives.push({kind, ids, line, target})
  }
  return directives
}

/** Whether a message is silenced by `gazette-lint-disable` / `-enable` / `-disable-next-line` comments. */
export function isSuppressed(message: Pick<VFileMessage, 'ruleId' | 'line'>, directives: Directive[]): boolean {
  return suppression(directives)(message)
}

interface Toggle {
  line: number
  /** Place in the draft's order of directives: of two toggles, the later one decides. */
  order: number
  disable: boolean
}

/**
 * The test `isSuppressed` makes, built once for a draft's directives: each message is then looked up in
 * time logarithmic in the directives, so a draft with many findings and many comments stays linear-ish.
 */
export function suppression(directives: Directive[]): (message: Pick<VFileMessage, 'ruleId' | 'line'>) => boolean {
  const forAll: Toggle[] = []
  const byId = new Map<string, Toggle[]>()
  const nextLine = new Map<number, Set<string> | 'all'>()
  directives.forEach((directive, order) => {
    if (directive.kind === 'disable-next-line') {
      const silenced = nextLine.get(directive.target!)
      if (directive.ids.length === 0 || silenced === 'all') nextLine.set(directive.target!, 'all')
      else nextLine.set(directive.target!, new Set([...(silenced ?? []), ...directive.ids]))
      return
    }
    const toggle = {line: directive.line, order, disable: directive.kind === 'disable'}
    if (directive.ids.length === 0) forAll.push(toggle)
    for (const id of directive.ids) {
      const list = byId.get(id)
      if (list) list.push(toggle)
      else byId.set(id, [toggle])
    }
  })
  for (const list of [forAll, ...byId.values()]) list.sort((a, b) => a.line - b.line || a.order - b.order)
  return (message) => {
    const line = message.line ?? 1
    const id = message.ruleId ?? ''
    const silenced = nextLine.get(line)
    if (silenced === 'all' || silenced?.has(id)) return true
    const general = lastUpTo(forAll, line)
    const own = lastUpTo(byId.get(id), line)
    const deciding = !general ? own : !own ? general : own.order > general.order ? own : general
    return deciding?.disable ?? false
  }
}

/** The last toggle at or before `line` (toggles sorted by line, then order). */
function lastUpTo(toggles: Toggle[] | undefined, line: number): Toggle | undefined {
  if (!toggles) return undefined
  let low = 0
  let high = toggles.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (toggles[middle].line <= line) low = middle + 1
    else high = middle
  }
  return low > 0 ? toggles[low - 1] : undefined
}

/** A rule id named by a suppression comment, where it stands in the draft's text (offsets, end exclusive). */
export interface DirectiveId {
  id: string
  start: number
  end: number
}

/**
 * Every rule id the suppression comments name, read as `readDirectives` reads them (the ids before a `--`
 * reason), with where each stands: for reporting an id that names no rule.
 */
export function directiveIds(comments: Comment[], text: string): DirectiveId[] {
  const found: DirectiveId[] = []
  for (const comment of comments) {
    if (!DIRECTIVE.test(comment.content)) continue
    const start = comment.position.start.offset
    const source = text.slice(start, comment.position.end.offset)
    const keyword = /gazette-lint-(?:disable-next-line|disable|enable)\b/.exec(source)
    if (!keyword) continue
    const from = keyword.index + keyword[0].length
    const ids = source.slice(from).split('--')[0]
    for (const match of ids.matchAll(/[^\s,]+/g)) found.push({id: match[0], start: start + from + match.index, end: start + from + match.index + match[0].length})
  }
  return found
}
