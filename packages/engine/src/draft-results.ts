/** A draft's record and findings made into the result a session returns: the VFile reporters take. */
import path from 'node:path'
import {restoreMessages, type Encoding, type ResolvedConfig, type SerializedMessage} from '@gazette-lint/core'
import {VFile} from 'vfile'
import type {DraftRecord, DraftStore} from './draft-store.js'
import {fatalMessage} from './fatal.js'
import type {DraftResult} from './results.js'

/** The result of a run's draft: its failure, else its findings with the places of the other drafts they name. */
export function runResultOf(store: DraftStore, cwd: string, record: DraftRecord, resolved: ResolvedConfig, messages: SerializedMessage[]): DraftResult {
  const shown = record.failure ? [fatalMessage(record.failure, resolved.settings.lang)] : messages.map((message) => withRelatedPlaces(store, cwd, message))
  const notDecoded = record.undecoded !== undefined || record.unread === true
  const result = resultFor(record, cwd, notDecoded ? '' : (record.text ?? ''), shown)
  if (notDecoded) decodedWhenRead(result.file, () => store.textOf(record) ?? '', () => record.encoding ?? 'utf-8')
  if (record.contentHash) result.file.data.contentHash = record.contentHash
  const summary = record.failure ? undefined : record.summary
  if (summary) result.file.data.gazetteSummary = summary
  return {...result, summary}
}

/** A result holding `text` as the draft's text, and these findings. */
export function resultFor(record: DraftRecord, cwd: string, text: string, messages: SerializedMessage[]): DraftResult {
  const file = new VFile({value: text, path: record.path, cwd})
  file.data.encoding = record.encoding ?? 'utf-8'
  if (record.word) file.data.wordSource = record.word.source
  restoreMessages(file, messages)
  return {path: record.path, absolute: record.absolute, file, messages: file.messages, summary: undefined, ...(record.word ? {wordSource: record.word.source} : {})}
}

/**
 * The text and encoding of a draft the cache answered, decoded only when a front end reads them (a baseline,
 * the review sheet): most runs over unchanged drafts read neither. Writing either replaces it as usual.
 */
function decodedWhenRead(file: VFile, text: () => string, encoding: () => Encoding): void {
  const settle = (target: object, key: string, value: unknown) => Object.defineProperty(target, key, {value, writable: true, enumerable: true, configurable: true})
  Object.defineProperty(file, 'value', {enumerable: true, configurable: true, get: () => settle(file, 'value', text()) && file.value, set: (value) => settle(file, 'value', value)})
  Object.defineProperty(file.data, 'encoding', {
    enumerable: true,
    configurable: true,
    get: () => {
      text()
      return settle(file.data, 'encoding', encoding()) && file.data.encoding
    },
    set: (value) => settle(file.data, 'encoding', value),
  })
}

/** A related place that names another draft's element gets that element's place, from the draft as the session last read it. */
function withRelatedPlaces(store: DraftStore, cwd: string, message: SerializedMessage): SerializedMessage {
  if (!message.related?.some((related) => related.element && !related.place)) return message
  const related = message.related.map((other) => {
    const element = other.element && store.get(path.resolve(cwd, other.file))?.summary?.[other.element]
    if (!element || other.place) return other
    const {line, column, endLine, endColumn, offset, endOffset} = element
    return {...other, place: {start: {line, column, offset}, end: {line: endLine, column: endColumn, offset: endOffset}}}
  })
  return {...message, related}
}
