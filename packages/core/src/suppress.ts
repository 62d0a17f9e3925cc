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
  const line = message.line ?? 1
  const id = message.ruleId ?? ''
  let disabled = false
  for (const directive of directives) {
    const applies = directive.ids.length === 0 || directive.ids.includes(id)
    if (!applies) continue
    if (directive.kind === 'disable-next-line') {
      if (directive.target === line) return true
      continue
    }
    if (directive.line > line) continue
    disabled = directive.kind === 'disable'
  }
  return disabled
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
