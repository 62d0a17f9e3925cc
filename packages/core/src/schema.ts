import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import path from 'node:path'
import {closestName} from './catalogue/say.js'
import type {Problem} from './catalogue/problems.js'
import {readTextFileSync} from './loader.js'
import {shippedFolder} from './shipped.js'

/** The folder of the JSON schemas (config, profile, front matter) the package ships. */
export const SCHEMA_DIR = shippedFolder('schemas')

/**
 * verbose: an error carries its schema, whose keys suggest the one a misspelt key meant. The web page's build
 * compiles the same schemas ahead of time with these options (packages/web/scripts/validators.mjs).
 */
export const AJV_OPTIONS = {allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true, verbose: true} as const
// Made when a first schema is compiled, not at import: most runs (no config file, no rule options, a shipped profile) compile none.
let ajv: Ajv | undefined
const validatorOf = (schema: object) => (ajv ??= new Ajv(AJV_OPTIONS)).compile(schema)
const compiled = new Map<string, ValidateFunction>()

/** A schema of `schemas/`, compiled once per process. */
export function schemaValidator(name: 'config' | 'profile' | 'front-matter' | 'baseline'): ValidateFunction {
  let validate = compiled.get(name)
  if (!validate) {
    const schema = JSON.parse(readTextFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`)))
    validate = validatorOf(schema)
    compiled.set(name, validate)
  }
  return validate
}

/** Compiles a rule's options schema (once per rule). */
export function compileOptionsSchema(schema: object): ValidateFunction {
  return validatorOf(schema)
}

/** A problem found by a schema: a kind with its data, said in the reader's language (`problemText`). */
export type SchemaProblem = Problem

/** The keys an object schema allows, for "did you mean" on an unknown one. */
function allowedKeys(schema: unknown): string[] {
  const properties = (schema as {properties?: Record<string, unknown>} | undefined)?.properties
  return properties ? Object.keys(properties) : []
}

/** Ajv's errors as one problem each, at the JSON path of the offending value, with a suggestion where one is near. */
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
    let problem: Omit<SchemaProblem, 'path'>
    const params = error.params as Record<string, unknown>
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty)
        where = `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
        problem = {id: 'unknown-key', data: {key, suggestion: closestName(key, allowedKeys(error.parentSchema))}}
        break
      }
      case 'propertyNames': {
        const key = String(params.propertyName)
        where = `${error.instancePath}/${key}`
        problem = {id: 'unknown-key', data: {key}}
        break
      }
      case 'enum': {
        const allowed = params.allowedValues as unknown[]
        const suggestion = typeof error.data === 'string' ? closestName(error.data, allowed.filter((value): value is string => typeof value === 'string')) : undefined
        problem = {id: 'not-one-of', data: {allowed: allowed.map(String), suggestion}}
        break
      }
      case 'const':
        problem = {id: 'not-one-of', data: {allowed: [String(params.allowedValue)]}}
        break
      case 'required':
        problem = {id: 'missing-key', data: {key: String(params.missingProperty)}}
        break
      case 'type':
        problem = {id: 'wrong-type', data: {type: String(params.type)}}
        break
      case 'minLength':
        problem = {id: 'too-short', data: {limit: Number(params.limit)}}
        break
      case 'minItems':
        problem = {id: 'too-few-items', data: {limit: Number(params.limit)}}
        break
      case 'maxItems':
        problem = {id: 'too-many-items', data: {limit: Number(params.limit)}}
        break
      case 'minimum':
        problem = {id: 'too-small', data: {limit: Number(params.limit)}}
        break
      case 'maximum':
        problem = {id: 'too-large', data: {limit: Number(params.limit)}}
        break
      case 'pattern':
        problem = {id: 'pattern', data: {pattern: String(params.pattern)}}
        break
      case 'if':
      case 'anyOf':
      case 'oneOf': {
        continue
      }
      default: {
        problem = {id: 'invalid', data: {detail: error.message ?? error.keyword}}
      }
    }
    const key = `${where}\u0000${problem.id}\u0000${JSON.stringify(problem.data)}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({path: where, ...problem})
  }
  if (problems.length === 0 && errors.length > 0) {
    problems.push({path: errors[0].instancePath || '/', id: 'invalid', data: {detail: errors[0].message ?? 'is invalid'}})
  }
  return problems
}
