/**
 * Every JSON schema core compiles, compiled here ahead of time with core's own Ajv options into standalone
 * validators: the page then validates configs, profiles, front matter and rule options without `new Function`,
 * under a CSP without 'unsafe-eval'. The schemas are the shipped ones (schemas/*.schema.json) and the options
 * schema of every rule; each validator is keyed by its schema's JSON, which is how `precompiled-ajv.ts` finds it.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {Ajv} from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'

const fromWeb = createRequire(new URL('../package.json', import.meta.url))

/** The schemas core compiles at run time, as the objects it compiles. */
export async function schemasCoreCompiles() {
  const schemaFolder = path.dirname(fromWeb.resolve('@gazette-lint/schemas/package.json'))
  const shipped = readdirSync(schemaFolder)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(schemaFolder, name), 'utf8')))
  const {allRules} = await import(fromWeb.resolve('@gazette-lint/rules'))
  const ofRules = allRules.flatMap((rule) => (rule.meta.optionsSchema ? [rule.meta.optionsSchema] : []))
  return [...shipped, ...ofRules]
}

/** The source of `virtual:validators`: an ES module exporting `validators`, schema JSON → validate function. */
export async function validatorsModule() {
  const {AJV_OPTIONS} = await import(fromWeb.resolve('@gazette-lint/core'))
  const ajv = new Ajv({...AJV_OPTIONS, code: {source: true, esm: true}})
  const keys = [...new Set((await schemasCoreCompiles()).map((schema) => JSON.stringify(schema)))]
  const names = keys.map((key, index) => {
    ajv.addSchema(JSON.parse(key), `schema${index}`)
    return `validate${index}`
  })
  const code = standaloneCode(ajv, Object.fromEntries(names.map((name, index) => [name, `schema${index}`])))
  // Its few runtime helpers (ucs2length, equal) stay `require`d: the bundler takes them in.
  return `${code}\nexport const validators = {${keys.map((key, index) => `${JSON.stringify(key)}: ${names[index]}`).join(',\n')}};\n`
}
