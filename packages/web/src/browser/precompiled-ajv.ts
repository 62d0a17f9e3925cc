/**
 * `ajv` in the page. Core compiles its schemas (config, profile, front matter, baseline, every rule's options)
 * with `new Ajv(…).compile(schema)`, which generates code and runs it with `new Function`: a strict
 * Content-Security-Policy (no 'unsafe-eval') forbids that. The build compiles the same schemas with the same
 * options into standalone validators (`virtual:validators`), keyed by the schema's JSON; `compile` hands back
 * the one for the schema it is given. A schema the build did not see is a build defect, said as one.
 */
import {validators} from 'virtual:validators'

export type {ErrorObject, ValidateFunction} from 'ajv'

export class Ajv {
  constructor(_options?: unknown) {}

  compile(schema: object) {
    const validate = (validators as Record<string, unknown>)[JSON.stringify(schema)]
    if (!validate) throw new Error(`the page was built without a validator for the schema ${JSON.stringify(schema).slice(0, 120)}…`)
    return validate
  }
}

export default Ajv
