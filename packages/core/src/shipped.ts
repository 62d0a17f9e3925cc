/**
 * The files gazette-lint ships besides its code: the JSON schemas, the county profiles and the rule pages
 * (each rule's README). Each kind is found from the package that ships it, never from the repository's
 * layout: here the workspace packages @gazette-lint/schemas, @gazette-lint/profiles and @gazette-lint/rules.
 * A published package holds no workspace package: its bundler (scripts/bundle.mjs) puts
 * shipped-in-bundle.ts in this module's place.
 */
import {createRequire} from 'node:module'
import path from 'node:path'

export type ShippedFiles = 'schemas' | 'profiles' | 'rule-pages'

const SHIPPING_PACKAGE: Record<ShippedFiles, string> = {
  schemas: '@gazette-lint/schemas',
  profiles: '@gazette-lint/profiles',
  // Resolved at run time, not declared: the rules package depends on this one.
  'rule-pages': '@gazette-lint/rules',
}

const require = createRequire(import.meta.url)

/** The folder that holds the shipped files of a kind. */
export function shippedFolder(kind: ShippedFiles): string {
  return path.dirname(require.resolve(`${SHIPPING_PACKAGE[kind]}/package.json`))
}

/** The folders of the linter's compiled code, whose content stamps the content cache. */
export function codeFolders(): string[] {
  return ['@gazette-lint/core', '@gazette-lint/engine', '@gazette-lint/rules'].map((name) => path.dirname(require.resolve(name)))
}
