import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {shippedFolder} from './shipped.js'

/**
 * Where the rule pages linked from every finding are: `GAZETTE_LINT_DOCS_BASE` when set (an address such
 * as `https://intranet.example/gazette-lint/rules`, or a folder), else the rule pages the installed package
 * ships, as file URLs, which exist wherever the linter runs. A page is `<base>/<family>/<id>/README.md`.
 */
export function ruleDocsBase(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.GAZETTE_LINT_DOCS_BASE?.trim()
  if (!configured) return pathToFileURL(shippedFolder('rule-pages')).href
  // A scheme has two letters or more: `C:\docs` is a Windows folder, not a URL.
  if (/^[a-z][a-z\d+.-]+:/i.test(configured)) return configured.replace(/\/+$/, '')
  return pathToFileURL(path.resolve(configured)).href
}
