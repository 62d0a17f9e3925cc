import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {SHARED_DIR} from '../../../test/helpers/shared.js'

/** The official SARIF 2.1.0 schema (OASIS errata 01), kept in ../shared/schemas. */
export const SARIF_SCHEMA_FILE = path.join(SHARED_DIR, 'schemas', 'sarif-schema-2.1.0.json')

let validate: ((data: unknown) => boolean) & {errors?: unknown} | undefined

/** Validates a SARIF log against the schema (draft-04, formats such as uri and uri-reference checked); returns the errors. */
export function sarifSchemaErrors(log: unknown): unknown[] {
  if (!validate) {
    const ajv = new Ajv({allErrors: true})
    addFormats(ajv)
    validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')))
  }
  return validate(log) ? [] : ((validate.errors as unknown[]) ?? ['invalid'])
}
