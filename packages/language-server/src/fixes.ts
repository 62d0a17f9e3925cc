/**
 * Everything the server reads of a finding's fix, in one place: today a finding's fix is `message.fix`, an
 * array of text edits with offsets into the linted text (`@gazette-lint/core` rule.ts). When the typed fix
 * model (one fix per finding, `session.fix`) arrives, this module is what changes.
 */
import type {TextEdit as OffsetEdit} from '@gazette-lint/core'
import type {TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {SessionMessage} from './diagnostics.js'
import {bomShift, rangeOfOffsets} from './positions.js'

/** ESLint's bound: fixes can make new findings with fixes of their own, but not forever. */
const MAX_FIX_PASSES = 10

function fixOf(message: SessionMessage): OffsetEdit[] | undefined {
  const fix = (message as SessionMessage & {fix?: OffsetEdit[]}).fix
  return fix && fix.length > 0 ? fix : undefined
}

export function hasFix(message: SessionMessage): boolean {
  return fixOf(message) !== undefined
}

/** The edits of one finding's fix, in the editor's document. */
export function quickFixEdits(message: SessionMessage, document: TextDocument): TextEdit[] | undefined {
  return fixOf(message)?.map((edit) => ({range: rangeOfOffsets(document, edit.start, edit.end), newText: edit.text}))
}

/** Two edits touch the same text, or insert at the same point (whose order would be a guess). */
const overlaps = (a: OffsetEdit, b: OffsetEdit) => (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end))

/**
 * Applies the fixes that touch nothing another taken fix touches, each whole (all of its edits or none);
 * the others wait for the next pass, on the text re-linted.
 */
export function applyWholeFixes(text: string, fixes: OffsetEdit[][]): {text: string; applied: number} {
  const taken: OffsetEdit[] = []
  let applied = 0
  const ordered = [...fixes].sort((a, b) => Math.min(...a.map((edit) => edit.start)) - Math.min(...b.map((edit) => edit.start)))
  for (const fix of ordered) {
    if (fix.some((edit) => taken.some((other) => overlaps(edit, other)))) continue
    taken.push(...fix)
    applied++
  }
  let result = text
  for (const edit of taken.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return {text: result, applied}
}

/**
 * The draft with every fix applied, pass by pass: lint, apply the fixes that do not overlap, lint the new
 * text again, until no fix is left or ten passes are done. A fix is never half applied, and every pass
 * starts from findings of the text it changes.
 */
export async function fixAllText(text: string, lint: (text: string) => Promise<SessionMessage[]>, first?: SessionMessage[]): Promise<{text: string; applied: number}> {
  let current = text
  let applied = 0
  let messages = first ?? (await lint(current))
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = messages.map(fixOf).filter((fix): fix is OffsetEdit[] => fix !== undefined)
    if (fixes.length === 0) break
    const result = applyWholeFixes(current, fixes)
    if (result.applied === 0 || result.text === current) break
    current = result.text
    applied += result.applied
    messages = await lint(current)
  }
  return {text: current, applied}
}

/** One edit from the document's text to `fixed`: the changed middle only, so the editor keeps the rest (and the cursor). */
export function documentEdit(document: TextDocument, fixed: string): TextEdit | undefined {
  const shift = bomShift(document.getText())
  const original = document.getText().slice(shift)
  if (original === fixed) return undefined
  let prefix = 0
  while (prefix < original.length && prefix < fixed.length && original[prefix] === fixed[prefix]) prefix++
  let suffix = 0
  while (suffix < original.length - prefix && suffix < fixed.length - prefix && original[original.length - 1 - suffix] === fixed[fixed.length - 1 - suffix]) suffix++
  // Never split a surrogate pair (𠀀) between kept and replaced text.
  if (prefix > 0 && isHighSurrogate(original.charCodeAt(prefix - 1))) prefix--
  if (suffix > 0 && isLowSurrogate(original.charCodeAt(original.length - suffix))) suffix--
  return {range: rangeOfOffsets(document, prefix, original.length - suffix), newText: fixed.slice(prefix, fixed.length - suffix)}
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
