/**
 * Reading a command line's options: Node's parseArgs, with every mistake turned into a usage error of the
 * catalogue (an unknown option with the one it most likely meant, a missing or unexpected value), so that
 * Node's own English ("Unknown option '--fxi'. To specify a positional argument …") never reaches a user.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {closestName, say, USAGE, type Lang, type MessageData, type UsageKind} from '@gazette-lint/core'

type Strict = {args: string[]; allowPositionals: true; strict: true; options: NonNullable<ParseArgsConfig['options']>}

/** A mistake in how the command was called: said in the reader's language, with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly kind: UsageKind,
    readonly data: MessageData = {},
  ) {
    super(say(USAGE[kind], 'en', data))
    this.name = 'UsageError'
  }

  text(lang: Lang): string {
    return say(USAGE[this.kind], lang, this.data)
  }
}

/**
 * parseArgs with `allowPositionals` and `strict`, as the commands call it: the options and positionals, typed
 * as parseArgs types them; a mistake throws UsageError.
 */
export function readOptions<C extends Strict>(config: C): ReturnType<typeof parseArgs<C>> {
  const {args, options} = config
  const {tokens} = parseArgs({args, options, allowPositionals: true, strict: false, tokens: true})
  const known = Object.keys(options).map((name) => `--${name}`)
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const spec = options[token.name]
    if (!spec) throw new UsageError('unknown-option', {option: token.rawName, suggestion: closestName(token.rawName, known)})
    const option = spec.short ? `-${spec.short}, --${token.name}` : `--${token.name}`
    // `--format --quiet`: the next option was taken for the value (parseArgs' strict mode refuses it too).
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && /^-./.test(token.value)))) throw new UsageError('missing-value', {option})
    if (spec.type === 'boolean' && token.inlineValue) throw new UsageError('unexpected-value', {option: `--${token.name}`, value: token.value ?? ''})
  }
  try {
    return parseArgs(config)
  } catch {
    throw new UsageError('bad-arguments')
  }
}

/** `--lang` as given: zh, en or not given; anything else is a usage error with the one it most likely meant. */
export function langOption(value: string | undefined): Lang | undefined {
  if (value === undefined || value === 'zh' || value === 'en') return value
  throw new UsageError('bad-lang', {value, suggestion: closestName(value, ['zh', 'en'])})
}
