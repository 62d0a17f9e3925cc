/**
 * `ajv` for core's schema.ts in a bundle (scripts/bundle.mjs): the schemas core compiles (config, profile, front
 * matter, baseline, every rule's options) were compiled when the bundle was made, with core's own Ajv options,
 * into standalone validators (the web page's, packages/web/scripts/validators.mjs), keyed by the schema's JSON.
 * Compiling the config and profile schemas at run time cost a run with a config file 0.1–0.15 s, a warm
 * `--cache` run most of all. A schema the build did not see (the cache entry's, checked only when the cache file
 * is not intact) is compiled by Ajv itself, as before.
 *
 * The validators and Ajv are in `schema-validators.cjs` beside the bundle's chunks, loaded at the first schema
 * compiled: most runs (no config file, no rule options) compile none and load neither.
 */
const loaded = () => require('./schema-validators.cjs')

export class Ajv {
  #options
  #runtime

  constructor(options) {
    this.#options = options
  }

  compile(schema) {
    const precompiled = loaded().validators[JSON.stringify(schema)]
    if (precompiled) return precompiled
    this.#runtime ??= new (loaded().Ajv)(this.#options)
    return this.#runtime.compile(schema)
  }
}

export default Ajv
