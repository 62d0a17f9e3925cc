#!/usr/bin/env node
/**
 * The floor the bench divides by: what any Markdown linter pays at least, as a whole process. Lists the
 * Markdown files of the folders and files named, reads each and parses it with remark-parse, no plugin,
 * nothing reported. Run the same way as the command it is compared with.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

import remarkFrontmatter from 'remark-frontmatter'
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const files = process.argv.slice(2).flatMap((name) =>
  statSync(name).isDirectory()
    ? readdirSync(name, {recursive: true}).filter((file) => String(file).endsWith('.md')).sort().map((file) => path.join(name, String(file)))
    : [name],
)
let nodes = 0
for (const file of files) nodes += parser.parse(readFileSync(file, 'utf8')).children.length
process.stdout.write(`${files.length} files, ${nodes} top-level nodes\n`)
