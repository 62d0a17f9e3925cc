import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import path from 'node:path'
import {readTextFileSync} from './loader.js'
import {shippedFolder} from './shipped.js'

/** The folder of the JSON schemas (config, profile, front matter) the package ships. */
export const SCHEMA_DIR = shippedFolder('schemas')

const ajv = new Ajv({allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true})
const compiled = new Map<string, ValidateFunction>()

/** A schema of `schemas/`, compiled once per process. */
export function schemaValidator(name: 'config' | 'profile' | 'front-matter' | 'baseline'): ValidateFunction {
  let validate = compiled.get(name)
  if (!validate) {
    const schema = JSON.parse(readTextFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`)))
    validate = ajv.compile(schema)
    compiled.set(name, validate)
  }
  return validate
}

/** Compiles a rule's options schema (once per rule). */
export function compileOptionsSchema(schema: object): ValidateFunction {
  return ajv.compile(schema)
}

export interface SchemaProblem {
  /** JSON path of the offending value, e.g. `/rules/doc-number-format`. */
  path: string
  message: string
}

/** Ajv's errors as one clear sentence each, naming the JSON path. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  if (!errors) return []
  const problems: SchemaProblem[] = []
  const seen = new Set<string>()
  // For a value matching no branch of an anyOf/oneOf, the first branch (the usual form) explains it best.
  const alternatives = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
  const fromLaterBranch = (error: ErrorObject) =>
    alternatives.some((alternative) => {
      const prefix = `${alternative.schemaPath}/`
      return error.schemaPath.startsWith(prefix) && !error.schemaPath.startsWith(`${prefix}0/`)
    })
  for (const error of errors) {
    if (fromLaterBranch(error)) continue
    let where = error.instancePath || '/'
    let message: string
    switch (error.keyword) {
      case 'additionalProperties': {
        const extra = (error.params as {additionalProperty: string}).additionalProperty
        where = `${error.instancePath}/${extra}`
        message = `unknown key "${extra}"`
        break
      }
      case 'propertyNames': {
        const name = (error.params as {propertyName: string}).propertyName
        where = `${error.instancePath}/${name}`
        message = `unknown name "${name}"`
        break
      }
      case 'enum': {
        const allowed = (error.params as {allowedValues: unknown[]}).allowedValues
        message = `must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`
        break
      }
      case 'required': {
        message = `missing required key "${(error.params as {missingProperty: string}).missingProperty}"`
        break
      }
      case 'if':
      case 'anyOf':
      case 'oneOf': {
        continue
      }
      default: {
        message = error.message ?? 'is invalid'
      }
    }
    const key = `${where}\u0000${message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({path: where, message})
  }
  if (problems.length === 0 && errors.length > 0) {
    problems.push({path: errors[0].instancePath || '/', message: errors[0].message ?? 'is invalid'})
  }
  return problems
}
