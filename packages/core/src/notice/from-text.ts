import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildNotice} from './build.js'
import type {Notice} from './types.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** The Notice of a draft's text, parsed as the lint pipeline parses it (for learn and registry folders). */
export function noticeFromText(text: string): Notice {
  return buildNotice(parser.parse(text), text)
}
