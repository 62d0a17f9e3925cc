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
    const saved: SerializedMessage = {
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      fatal: message.fatal,
      place: message.place,
      messageId: extras.messageId,
      data: extras.data,
    }
    if (extras.fix) saved.fix = extras.fix
    saved.expected = message.expected
    if (extras.related) saved.related = extras.related
    return saved
  })
}

/** Puts serialized findings back on a file as real vfile messages, in order. */
export function restoreMessages(file: VFile, messages: SerializedMessage[]): VFile {
  withoutStackCapture(() => {
    for (const saved of messages) {
      const message = file.message(saved.reason, {place: saved.place ?? undefined, ruleId: saved.ruleId, source: saved.source}) as VFileMessage & Extras
      message.fatal = saved.fatal ?? undefined
      if (saved.url) message.url = saved.url
      if (saved.expected) message.expected = saved.expected
      message.messageId = saved.messageId
      message.data = saved.data
      if (saved.fix) message.fix = saved.fix
      if (saved.related) message.related = saved.related
    }
  })
  return file
}

export {VFile}
