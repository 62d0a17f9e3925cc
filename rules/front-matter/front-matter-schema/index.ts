import {defineRule, listAnd, numberKey, schemaValidator, type Lang, type Notice, type Span} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** What the rule reads of an ajv error (the validator comes from core's schemaValidator). */
interface SchemaError {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  message?: string
}

/** The flags each disclosure value stands for (the inner text, brackets aside). */
const FLAGS_OF: Record<string, string[]> = {
  主动公开: ['此件公开发布', '此件主动公开'],
  依申请公开: ['此件依申请公开', '依申请公开'],
  不予公开: ['此件不予公开'],
}

const FORMATS: Record<string, string> = {
  number: '代字〔YYYY〕N号',
  date: 'YYYY-MM-DD',
}

const TYPE_NAMES: Record<string, {zh: string; en: string}> = {
  string: {zh: '字符串', en: 'a string'},
  array: {zh: '列表', en: 'a list'},
  object: {zh: '键值对象', en: 'a mapping'},
}

function compact(text: string): string {
  return text.replace(/\s+/gu, '')
}

export default defineRule(
  {id: 'front-matter-schema', family: 'front-matter', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, settings, report}) => {
    const frontMatter = notice.frontMatter
    if (!frontMatter) return
    if (frontMatter.error) {
      const {kind, message, at} = frontMatter.error
      report({messageId: kind, data: {message}, at})
      return
    }
    const data = frontMatter.data ?? {}
    const keyAt = (key: string | undefined): Span => (key && frontMatter.keys[key]) || frontMatter.position
    const lang = settings.lang

    // The keys the config allows beyond the schema's are accepted as they are.
    const checked = Object.fromEntries(Object.entries(data).filter(([key]) => !settings.allowedFrontMatterKeys.includes(key)))
    const validate = schemaValidator('front-matter')
    const invalid = new Set<string>()
    if (!validate(checked)) {
      const seen = new Set<string>()
      for (const error of (validate.errors ?? []) as SchemaError[]) {
        const problem = describe(error, lang, valueAt(checked, error.instancePath))
        if (!problem) continue
        const key = `${problem.messageId}\u0000${problem.data.path}`
        if (seen.has(key)) continue
        seen.add(key)
        const topKey = problem.data.path.split('/')[1]
        invalid.add(topKey)
        report({messageId: problem.messageId, data: problem.data, at: keyAt(topKey)})
      }
    }

    // Every key present agrees with the body.
    const value = (key: string) => (typeof data[key] === 'string' && !invalid.has(key) ? (data[key] as string).trim() : undefined)
    agree(notice, value, keyAt, report)
  },
)

function agree(
  notice: Notice,
  value: (key: string) => string | undefined,
  keyAt: (key: string) => Span,
  report: (report: {messageId: string; data: Record<string, string>; at: Span}) => void,
): void {
  const say = (key: string, messageId: string, fmValue: string, body: string) => report({messageId, data: {value: fmValue, body}, at: keyAt(key)})

  const issuer = value('issuer')
  const header = notice.issuerHeader?.text
  if (issuer && header && compact(issuer) !== compact(header)) say('issuer', 'issuer', issuer, header)

  const title = value('title')
  if (title && notice.title && ![notice.title.text, notice.title.subject.text].map(compact).includes(compact(title))) {
    say('title', 'title', title, notice.title.text)
  }

  const number = value('number')
  if (number && notice.number && numberKey(number) !== numberKey(notice.number.text)) say('number', 'number', number, notice.number.text)

  const date = value('date')
  const parts = notice.date?.parts
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date ?? '')
  if (date && iso && parts && (Number(iso[1]) !== parts.year || Number(iso[2]) !== parts.month || Number(iso[3]) !== parts.day)) {
    say('date', 'date', date, notice.date!.text)
  }

  const disclosure = value('disclosure')
  const flag = notice.disclosureFlags.find((candidate) => candidate.placement === 'after-date') ?? notice.disclosureFlags[0]
  // A flag that stands for no value of the schema (`（此件详见县政府网站）`) is disclosure-format's concern.
  if (disclosure && flag && FLAGS_OF[disclosure]) {
    const stands = Object.entries(FLAGS_OF).find(([, flags]) => flags.includes(flag.inner))?.[0]
    if (stands && stands !== disclosure) say('disclosure', 'disclosure', disclosure, flag.text)
  }

  const type = value('type')
  if (type && notice.title?.docType && type !== notice.title.docType) say('type', 'doctype', type, notice.title.docType)
}

/** An ajv error as a message id and its data; undefined for the combinators, reported through their branches. */
/** A value as the drafter wrote it: strings as they are, lists and mappings as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
}

/** The value a JSON pointer (`/repeals/0/number`) points at. */
function valueAt(data: unknown, pointer: string): unknown {
  let node = data
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~')
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  }
  return node
}

function describe(error: SchemaError, lang: Lang, value: unknown): {messageId: string; data: Record<string, string>} | undefined {
  const path = error.instancePath || '/'
  const segments = path.split('/').filter(Boolean)
  const last = segments[segments.length - 1] ?? ''
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as {additionalProperty: string}).additionalProperty
      return {messageId: error.instancePath ? 'unknown-entry-key' : 'unknown-key', data: {key, path: `${error.instancePath}/${key}`}}
    }
    case 'enum': {
      const allowed = (error.params as {allowedValues: unknown[]}).allowedValues.map(String)
      return {messageId: 'enum', data: {path, value: shown(value), allowed: listAnd(allowed, lang, {quote: true})}}
    }
    case 'pattern':
      return {messageId: 'pattern', data: {path, value: shown(value), format: FORMATS[last] ?? String((error.params as {pattern: string}).pattern)}}
    case 'type': {
      const type = String((error.params as {type: string}).type)
      return {messageId: 'type', data: {path, type: TYPE_NAMES[type]?.[lang] ?? type}}
    }
    case 'minLength':
      return {messageId: 'too-short', data: {path, limit: String((error.params as {limit: number}).limit)}}
    case 'required':
      return {messageId: 'required', data: {path, key: (error.params as {missingProperty: string}).missingProperty}}
    case 'if':
    case 'anyOf':
    case 'oneOf':
      return undefined
    default:
      return {messageId: 'schema', data: {path, message: error.message ?? 'is invalid'}}
  }
}
