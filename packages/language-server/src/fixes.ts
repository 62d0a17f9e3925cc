/**
 * Everything the server reads of a finding's fix, in one place: a finding's one fix (`message.fix`,
 * `{range, text}` with offsets into the linted text, as `--fix` applies it), and the fix-all text turned
 * into one editor edit.
 */
import type {Fix} from '@gazette-lint/core'
import type {TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {SessionMessage} from './diagnostics.js'
import {bomShift, rangeOfOffsets} from './positions.js'

function fixOf(message: SessionMessage): Fix | undefined {
  return (message as SessionMessage & {fix?: Fix}).fix
}

export function hasFix(message: SessionMessage): boolean {
  return fixOf(message) !== undefined
}

/** The one edit of a finding's fix, in the editor's document. */
export function quickFixEdits(message: SessionMessage, document: TextDocument): TextEdit[] | undefined {
  const fix = fixOf(message)
  return fix && [{range: rangeOfOffsets(document, fix.range[0], fix.range[1]), newText: fix.text}]
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
