/**
 * What `--fix` would change, finding by finding, from the fixes the session applied (`session.fix`, the
 * same passes `--fix` runs). A fix of a later pass is an offset range into the text its pass started from,
 * so the passes are replayed with the same `applyFixes` to read what each fix replaces.
 */
import {applyFixes} from '@gazette-lint/core/fix.js'
import type {FixChange, ReviewAppliedFix, ReviewMessage} from './model.js'

/** Each applied fix as the text it replaces and its replacement, in the order `session.fix` lists them. */
export function fixChanges(input: string, fixes: readonly ReviewAppliedFix[]): FixChange[] {
  const changes: FixChange[] = []
  let text = input
  const passes = [...new Set(fixes.map((fix) => fix.pass))].sort((a, b) => a - b)
  const byFix = new Map<ReviewAppliedFix, FixChange>()
  for (const pass of passes) {
    const ofPass = fixes.filter((fix) => fix.pass === pass)
    for (const applied of ofPass) {
      const [start, end] = applied.fix.range
      byFix.set(applied, {ruleId: applied.ruleId, reason: applied.reason, pass, before: text.slice(start, end), after: applied.fix.text})
    }
    text = applyFixes(text, ofPass).output
  }
  for (const fix of fixes) changes.push(byFix.get(fix)!)
  return changes
}

const sameFix = (message: ReviewMessage, applied: ReviewAppliedFix) =>
  message.fix !== undefined && applied.fix.range[0] === message.fix.range[0] && applied.fix.range[1] === message.fix.range[1] && applied.fix.text === message.fix.text

/**
 * The change of each finding (by index), and the changes no finding of the report owns. A finding's own fix
 * applied in the first pass is matched by its range; one that waited for a later pass (it overlapped
 * another) by its rule and message.
 */
export function changesOfFindings(
  input: string,
  messages: readonly ReviewMessage[],
  fixes: readonly ReviewAppliedFix[],
): {byFinding: Map<number, FixChange>; unowned: FixChange[]} {
  const changes = fixChanges(input, fixes)
  const taken = new Set<number>()
  const byFinding = new Map<number, FixChange>()
  const claim = (index: number, matches: (applied: ReviewAppliedFix) => boolean) => {
    const found = fixes.findIndex((applied, at) => !taken.has(at) && applied.ruleId === messages[index].ruleId && matches(applied))
    if (found < 0) return
    taken.add(found)
    byFinding.set(index, changes[found])
  }
  messages.forEach((message, index) => {
    if (message.fix) claim(index, (applied) => applied.pass === 1 && sameFix(message, applied))
  })
  messages.forEach((message, index) => {
    if (message.fix && !byFinding.has(index)) claim(index, (applied) => applied.pass > 1 && applied.reason === message.reason)
  })
  return {byFinding, unowned: changes.filter((_, at) => !taken.has(at))}
}

/** A change longer than this is shown as the part that differs, with a little context. */
const LONG_CHANGE = 40
const CHANGE_CONTEXT = 6

/** Whether index `at` of `text` falls between the halves of a surrogate pair. */
const splitsPair = (text: string, at: number) => {
  const [high, low] = [text.charCodeAt(at - 1), text.charCodeAt(at)]
  return at > 0 && at < text.length && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/**
 * A change as a reviewer reads it: a short one whole (`陵政办发[2026]32号` → `陵政办发〔2026〕32号`); a long one
 * (a flag moved past the signature and the date) as the part that differs, the text around it cut to a few
 * characters and marked as cut.
 */
export function conciseChange(change: Pick<FixChange, 'before' | 'after'>): {before: string; after: string; cutStart: boolean; cutEnd: boolean} {
  const {before, after} = change
  if (before.length <= LONG_CHANGE && after.length <= LONG_CHANGE) return {before, after, cutStart: false, cutEnd: false}
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  let from = Math.max(0, start - CHANGE_CONTEXT)
  if (splitsPair(before, from)) from--
  let trailing = Math.max(0, end - CHANGE_CONTEXT)
  if (splitsPair(before, before.length - trailing)) trailing--
  return {before: before.slice(from, before.length - trailing), after: after.slice(from, after.length - trailing), cutStart: from > 0, cutEnd: trailing > 0}
}
