/**
 * shipped.ts as a published package has it; scripts/bundle.mjs swaps this module in. The bundle's modules
 * sit in `<package>/bundle/`, the files the package ships beside it: `<package>/schemas/`, `profiles/` and
 * `rules/<family>/<id>/README.md`.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ShippedFiles} from './shipped.js'

const FOLDER: Record<ShippedFiles, string> = {schemas: 'schemas', profiles: 'profiles', 'rule-pages': 'rules'}

const bundleFolder = path.dirname(fileURLToPath(import.meta.url))

export function shippedFolder(kind: ShippedFiles): string {
  return path.join(bundleFolder, '..', FOLDER[kind])
}

export function codeFolders(): string[] {
  return [bundleFolder]
}
