/**
 * The shape of a cache entry, checked before an entry is trusted when the file's checksum does not vouch
 * for it (cache.ts): the cache file is ours but lives on disk
 * (restored by CI, edited, half-written by an older build), and an entry that is not what we wrote (say
 * `messages: null`) must be a miss, linted again, never a draft whose findings silently vanish.
 */
import {compileOptionsSchema} from '@gazette-lint/core'

const point = {
  type: 'object',
  required: ['line', 'column'],
  properties: {line: {type: ['integer', 'null']}, column: {type: ['integer', 'null']}, offset: {type: ['integer', 'null']}},
}

const message = {
  type: 'object',
  required: ['reason'],
  properties: {
    reason: {type: 'string'},
    ruleId: {type: ['string', 'null']},
    source: {type: ['string', 'null']},
    url: {type: ['string', 'null']},
    fatal: {type: ['boolean', 'null']},
    place: {anyOf: [point, {type: 'object', required: ['start', 'end'], properties: {start: point, end: point}}, {type: 'null'}]},
    messageId: {type: ['string', 'null']},
    data: {type: ['object', 'null']},
    // The finding's one fix (core fix.ts): `{range: [start, end], text}`.
    fix: {
      anyOf: [
        {type: 'null'},
        {
          type: 'object',
          required: ['range', 'text'],
          properties: {range: {type: 'array', items: {type: 'integer', minimum: 0}, minItems: 2, maxItems: 2}, text: {type: 'string'}},
        },
      ],
    },
    // Other places of a cross-file finding (core rule.ts RelatedPlace).
    related: {
      anyOf: [
        {type: 'null'},
        {type: 'array', items: {type: 'object', required: ['file', 'reason'], properties: {file: {type: 'string'}, element: {type: 'string'}, reason: {type: 'string'}, place: {type: 'object'}}}},
      ],
    },
    pending: {type: ['boolean', 'null']},
    expected: {anyOf: [{type: 'null'}, {type: 'array', items: {type: 'string'}}]},
  },
}

const element = {type: 'object', required: ['text', 'line', 'column'], properties: {text: {type: 'string'}, line: {type: 'integer'}, column: {type: 'integer'}}}

export const CACHE_ENTRY_SCHEMA = {
  type: 'object',
  required: ['key', 'facts', 'peers', 'messages', 'summary'],
  properties: {
    key: {type: 'string'},
    hash: {type: 'string'},
    fileStamp: {type: 'string'},
    facts: {type: 'object', properties: {number: {type: 'string'}, title: {type: 'string'}}},
    peers: {type: 'array', items: {type: 'string'}},
    messages: {type: 'array', items: message},
    summary: {
      type: 'object',
      required: ['kind', 'disclosureFlags', 'attachments', 'repealNotes', 'annotations'],
      properties: {
        kind: {type: 'string'},
        disclosureFlags: {type: 'array', items: element},
        attachments: {type: 'array', items: element},
        repealNotes: {type: 'array', items: element},
        annotations: {
          type: 'object',
          required: ['items', 'coverage'],
          properties: {items: {type: 'array', items: element}, coverage: {type: 'object', required: ['tasks', 'annotated'], properties: {tasks: {type: 'integer'}, annotated: {type: 'integer'}}}},
        },
      },
    },
  },
}

let validate: ReturnType<typeof compileOptionsSchema> | undefined

/** Whether a value read from the cache file is an entry as the cache writes them. */
export function isCacheEntry(value: unknown): boolean {
  validate ??= compileOptionsSchema(CACHE_ENTRY_SCHEMA)
  return validate(value)
}
