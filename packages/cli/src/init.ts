/**
 * `gazette-lint init`: a county set up in minutes. It asks for nothing it can infer: the county from
 * `--county` or from the issuers of the documents given; the issuers and their 代字 from a shipped profile,
 * from the published documents given (through `learn`), or from the county's name as counties write them.
 */
import {rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {CONFIG_FILE_NAMES, problemsText, RUN, say, shippedProfiles, writeFileAtomic, type Lang} from '@gazette-lint/core'
import {InvalidProfileError, learnFromFiles, writeProfile, type LearnInput} from '@gazette-lint/learn'
import {configText, inferredIssuers, type CountySource} from './init-template.js'
import {writing, type Io} from './io.js'
import {UsageError} from './options.js'

export const CONFIG_FILE = '.gazettelintrc.yaml'
/** The learnt profile, beside the config. */
export const PROFILE_FILE = 'gazette-lint-profile.json'

export interface InitOptions {
  /** The folder to set up (default: the working folder). */
  folder?: string
  county?: string
  id?: string
  force: boolean
  published: LearnInput[]
  drafts: LearnInput[]
  lang: Lang
}

const COUNTY_NAME = /^\p{Script=Han}{1,12}[县区市旗]$/u

export async function runInit(options: InitOptions, io: Io): Promise<number> {
  const {county, force, lang} = options
  const folder = path.resolve(io.cwd, options.folder ?? '.')
  const shown = (file: string) => path.relative(io.cwd, file) || '.'
  if (statSync(folder, {throwIfNoEntry: false})?.isDirectory() === false) throw new UsageError('init-not-folder', {path: shown(folder)})
  if (county !== undefined && !COUNTY_NAME.test(county)) throw new UsageError('init-bad-county', {value: county})
  if (options.id !== undefined && !/^[a-z0-9-]+$/.test(options.id)) throw new UsageError('bad-id', {value: options.id})
  const existing = CONFIG_FILE_NAMES.map((name) => path.join(folder, name)).filter((file) => statSync(file, {throwIfNoEntry: false}))
  if (existing.length > 0 && !force) throw new UsageError('init-exists', {path: shown(existing[0])})

  const inputs = [...options.published, ...options.drafts]
  const shipped = county ? shippedProfiles().find((profile) => profile.county === county) : undefined
  let source: CountySource
  let learnt: {issuers: number; units: number; registry: number} | undefined
  if (shipped) source = {kind: 'shipped', county: shipped.county}
  else if (inputs.length > 0) {
    const profileFile = path.join(folder, PROFILE_FILE)
    if (!force && statSync(profileFile, {throwIfNoEntry: false})) throw new UsageError('init-exists', {path: shown(profileFile)})
    let profile
    try {
      profile = await learnFromFiles(inputs, {id: options.id ?? 'county', county}, io.cwd)
    } catch (error) {
      if (!(error instanceof InvalidProfileError)) throw error
      // Nothing numbered among the documents: no issuer could be learnt.
      if (!county) throw new UsageError('init-needs-county')
      io.stderr(`${say(RUN['learn-invalid'], lang, {detail: problemsText(error.problems, lang)})}\n`)
      return 1
    }
    await writing(shown(profileFile), () => writeProfile(profile, profileFile))
    io.stdout(`${say(RUN['init-written'], lang, {path: shown(profileFile)})}\n`)
    learnt = {issuers: profile.issuers.length, units: profile.units.length, registry: profile.registry.length}
    source = {kind: 'learnt', county: profile.county, profileFile: `./${PROFILE_FILE}`, fromDrafts: options.drafts.length > 0}
  } else if (county) source = {kind: 'config', county, issuers: inferredIssuers(county)}
  else throw new UsageError('init-needs-county')

  const configFile = path.join(folder, CONFIG_FILE)
  await writing(shown(configFile), () => {
    writeFileAtomic(configFile, configText(source, lang))
    // --force: the new config replaces the old ones, whatever their name (the nearest .json would win otherwise).
    for (const file of existing) if (file !== configFile) rmSync(file)
  })
  if (learnt) io.stdout(`${say(RUN['init-learnt'], lang, {count: inputs.length, profile: PROFILE_FILE, ...learnt})}\n`)
  io.stdout(`${say(RUN['init-written'], lang, {path: shown(configFile)})}\n`)
  io.stdout(`${say(RUN['init-next'], lang, {config: shown(configFile), drafts: path.relative(io.cwd, folder) || '.'})}\n`)
  return 0
}
