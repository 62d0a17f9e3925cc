import {defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** A changed text is shown by its start: enough to find it in Word's review pane. */
const SHOWN = 20
const shown = (text: string) => {
  const flat = text.replace(/\s+/gu, ' ').trim()
  return [...flat].length > SHOWN ? `${[...flat].slice(0, SHOWN).join('')}…` : flat
}

export default defineRule(
  {id: 'word-tracked-changes', family: 'word', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, report}) => {
    for (const revision of notice.word?.revisions ?? []) {
      const count = revision.inserted.length + revision.deleted.length + revision.formatting + revision.paragraphMarks
      const inserted = revision.inserted.find((text) => text.trim())
      const deleted = revision.deleted.find((text) => text.trim())
      // The office accepts or rejects the changes when it settles the text: while drafting they are normal.
      if (inserted) report({messageId: 'inserted', data: {count, text: shown(inserted)}, at: revision, pending: true})
      else if (deleted) report({messageId: 'deleted', data: {count, text: shown(deleted)}, at: revision, pending: true})
      else report({messageId: 'formatting', data: {count}, at: revision, pending: true})
    }
  },
)
