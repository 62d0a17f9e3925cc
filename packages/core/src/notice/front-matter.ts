import {isMap, isScalar, parseDocument} from 'yaml'
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
    frontMatter.error = {message: error.message.split('\n')[0], at: locator.point(yamlStart + (error.pos?.[0] ?? 0))}
    return frontMatter
  }
  const contents = document.contents
  if (contents === null) {
    frontMatter.data = {}
    return frontMatter
  }
  if (!isMap(contents)) {
    frontMatter.error = {message: 'front matter is not a mapping of keys to values', at: locator.point(yamlStart)}
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
  frontMatter.data = document.toJS({maxAliasCount: 50}) as Record<string, unknown>
  return frontMatter
}
