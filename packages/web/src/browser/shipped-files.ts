/**
 * The files the page ships, in memory: every shipped county profile and JSON schema, by the path core's
 * `shipped-in-browser.ts` names for it. The build fills `virtual:shipped-files` from the workspace packages
 * (@gazette-lint/profiles, @gazette-lint/schemas), so the page carries exactly what the command does.
 */
import files from 'virtual:shipped-files'

export const SHIPPED_ROOT = '/gazette-lint'

const byPath = new Map<string, string>(Object.entries(files as Record<string, string>))

export function shippedText(path: string): string | undefined {
  return byPath.get(path)
}

export function shippedNames(folder: string): string[] | undefined {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`
  const names = [...byPath.keys()].filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length))
  return names.length > 0 || folder === SHIPPED_ROOT ? names.filter((name) => !name.includes('/')) : undefined
}
