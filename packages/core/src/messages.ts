import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Fix} from './fix.js'
import type {RelatedPlace} from './rule.js'
import {withoutStackCapture} from './stack-capture.js'

/** A finding as plain data: what the cache stores and what a worker thread sends back. */
export interface SerializedMessage {
  reason: string
  ruleId?: string
  source?: string
  url?: string
  fatal?: boolean | null
  place?: VFileMessage['place']
  messageId?: string
  data?: Record<string, string | number>
  /** The finding's one fix (offsets into the decoded text). */
  fix?: Fix
  expected?: string[]
  related?: RelatedPlace[]
}

type Extras = {messageId?: string; data?: Record<string, string | number>; fix?: Fix; related?: RelatedPlace[]}

export function serializeMessages(file: VFile): SerializedMessage[] {
  return file.messages.map((message) => {
    const extras = message as VFileMessage & Extras
    return {
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      fatal: message.fatal,
      place: message.place,
      messageId: extras.messageId,
      data: extras.data,
      ...(extras.fix ? {fix: extras.fix} : {}),
      expected: message.expected,
      ...(extras.related ? {related: extras.related} : {}),
    }
  })
}

/** Puts serialized findings back on a file as real vfile messages, in order. */
export function restoreMessages(file: VFile, messages: SerializedMessage[]): VFile {
  for (const saved of messages) {
    const message = withoutStackCapture(() => file.message(saved.reason, {place: saved.place ?? undefined, ruleId: saved.ruleId, source: saved.source}))
    message.fatal = saved.fatal ?? undefined
    if (saved.url) message.url = saved.url
    if (saved.expected) message.expected = saved.expected
    Object.assign(message, {messageId: saved.messageId, data: saved.data}, saved.fix ? {fix: saved.fix} : {}, saved.related ? {related: saved.related} : {})
  }
  return file
}

export {VFile}
