import {isAlias, isMap, isScalar, parseDocument, visit, type Document} from 'yaml'
import type {Node} from 'unist'
import type {FrontMatter, Locator, Span} from './types.js'

/** Reads the YAML front matter block, keeping where each top-level key stands. */
export function readFrontMatter(node: Node, text: string, locator: Locator): FrontMatter {
  const start = node.position!.start.offset!
  const end = node.position!.end.offset!
  const raw = text.slice(start, end)
  // The YAML starts after the opening `---` line.
  const firstBreak = raw.indexOf('\n')
  const yamlStart = start + (firstBreak >= 0 ? firstBreak + 1 : raw.length)
  const closing = raw.search(/\r?\n---[ \t]*\r?$/)
  const yamlEnd = closing >= 0 ? start + closing : end
  const source = text.slice(yamlStart, Math.max(yamlStart, yamlEnd))
  const frontMatter: FrontMatter = {text: raw, position: locator.span(start, end), keys: {}}

  const document = parseDocument(source, {prettyErrors: false, uniqueKeys: true})
  if (document.errors.length > 0) {
    const error = document.errors[0]
    frontMatter.error = {kind: 'yaml', message: error.message.split('\n')[0], at: locator.point(yamlStart + (error.pos?.[0] ?? 0))}
    return frontMatter
  }
  // An alias is never resolved: `*紧急*关于…` is emphasis to the drafter, and a thousand aliases of aliases
  // would expand without end.
  const alias = firstAliasOrAnchor(document, source)
  if (alias) {
    frontMatter.error = {kind: 'alias', message: alias.source, at: locator.point(yamlStart + alias.offset)}
    return frontMatter
  }
  const contents = document.contents
  if (contents === null) {
    frontMatter.data = {}
    return frontMatter
  }
  if (!isMap(contents)) {
    frontMatter.error = {kind: 'yaml', message: 'front matter is not a mapping of keys to values', at: locator.point(yamlStart)}
    return frontMatter
  }
  const keys: Record<string, Span> = {}
  for (const pair of contents.items) {
    if (!isScalar(pair.key)) continue
    const key = String(pair.key.value)
    const keyRange = pair.key.range
    const valueRange = (pair.value as {range?: [number, number, number]} | null)?.range
    if (keyRange) keys[key] = locator.span(yamlStart + keyRange[0], yamlStart + (valueRange?.[1] ?? keyRange[1]))
  }
  frontMatter.keys = keys
  frontMatter.data = document.toJS({maxAliasCount: 0}) as Record<string, unknown>
  return frontMatter
}

/** The first alias (`*name`) or anchor (`&name`) of a document, as written and where (offset into its source). */
function firstAliasOrAnchor(document: Document, yaml: string): {source: string; offset: number} | undefined {
  let found: {source: string; offset: number} | undefined
  visit(document, (_key, node) => {
    if (isAlias(node)) found = {source: `*${node.source}`, offset: node.range?.[0] ?? 0}
    else if ((node as {anchor?: string} | null)?.anchor) {
      const written = `&${(node as {anchor: string}).anchor}`
      // The node's range starts after its anchor: the finding points at the anchor as written.
      const start = (node as {range?: [number, number, number]}).range?.[0] ?? 0
      const at = yaml.lastIndexOf(written, start)
      found = {source: written, offset: at >= 0 ? at : start}
    }
    return found ? visit.BREAK : undefined
  })
  return found
}

/**
 * A draft that opens front matter (`---` on its first line) and never closes it: remark reads no front
 * matter then, so the model says so at the opening line.
 */
export function unclosedFrontMatter(text: string, locator: Locator): FrontMatter | undefined {
  const opening = /^---[ \t]*\r?\n/.exec(text)
  if (!opening || /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text.slice(opening[0].length - 1))) return undefined
  const end = opening[0].trimEnd().length
  return {
    text: text.slice(0, end),
    position: locator.span(0, end),
    keys: {},
    error: {kind: 'unclosed', message: '---', at: locator.point(0)},
  }
}
