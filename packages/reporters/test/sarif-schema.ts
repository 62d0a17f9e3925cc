import {readFileSync} from 'node:fs'
import path from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {SHARED_DIR} from '../../../test/helpers/shared.js'

/** The official SARIF 2.1.0 schema (OASIS errata 01), kept in ../shared/schemas. */
export const SARIF_SCHEMA_FILE = path.join(SHARED_DIR, 'schemas', 'sarif-schema-2.1.0.json')

type Validate = ((data: unknown) => boolean) & {errors?: unknown}
// Both packages are CommonJS with `exports.default`: under NodeNext the default import is the module object.
const Ajv = ((AjvDraft04 as unknown as {default?: unknown}).default ?? AjvDraft04) as unknown as new (options: object) => {compile(schema: object): Validate}
const addFormats = ((ajvFormats as unknown as {default?: unknown}).default ?? ajvFormats) as unknown as (ajv: object) => void

let validate: Validate | undefined

/** Validates a SARIF log against the schema (draft-04, formats such as uri and uri-reference checked); returns the errors. */
export function sarifSchemaErrors(log: unknown): unknown[] {
  if (!validate) {
    const ajv = new Ajv({allErrors: true})
    addFormats(ajv)
    validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')))
  }
  const check = validate
  return check(log) ? [] : ((check.errors as unknown[]) ?? ['invalid'])
}
