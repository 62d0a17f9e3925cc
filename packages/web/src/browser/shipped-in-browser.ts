/** core's shipped.ts in the page: the shipped files are in memory (shipped-files.ts), under `/gazette-lint/`. */
import {SHIPPED_ROOT} from './shipped-files.js'

type ShippedFiles = 'schemas' | 'profiles' | 'rule-pages'

const FOLDER: Record<ShippedFiles, string> = {schemas: 'schemas', profiles: 'profiles', 'rule-pages': 'rules'}

export function shippedFolder(kind: ShippedFiles): string {
  return `${SHIPPED_ROOT}/${FOLDER[kind]}`
}

/** No cache in the page, so no code to stamp it with. */
export function codeFolders(): string[] {
  return []
}
