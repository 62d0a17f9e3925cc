import path from 'node:path'
import {describeSchemaErrors, problemsText, readDraft, schemaValidator, writeFileAtomic, type Profile, type SchemaProblem} from '@gazette-lint/core'
import {splitGazette, toDraftMarkdown} from '@gazette-lint/gazette'
import {learnProfile, type LearnOptions, type LearnSource} from './learn.js'

export {learnProfile, type LearnOptions, type LearnSource} from './learn.js'

/** `000_bbb95ae35cc114e5.txt` → `000`, as CATALOG.md names the corpus files; other files by their name. */
export function sourceAlias(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '')
  return /^(\d+)_/.exec(base)?.[1] ?? base
}

/** A file to learn from, and whether it was published (a gazette, a published notice) or is a draft. */
export interface LearnInput {
  file: string
  published: boolean
}

/**
 * The drafts a profile is learnt from: each gazette (`.txt`, as PDF extraction leaves it) split into its
 * notices, and Markdown drafts as they are. A file given by name alone is published.
 */
export async function learnSources(files: Array<string | LearnInput>, cwd = process.cwd()): Promise<LearnSource[]> {
  const sources: LearnSource[] = []
  for (const input of files) {
    const {file, published} = typeof input === 'string' ? {file: input, published: true} : input
    const draft = await readDraft(file, cwd)
    const text = String(draft.value)
    // A Word draft is read (by readDraft) as the Markdown draft it prints as.
    if (/\.(md|markdown|docx)$/i.test(file)) {
      sources.push({source: path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/'), markdown: text, published})
      continue
    }
    const alias = sourceAlias(file)
    for (const document of splitGazette(text, {source: alias})) {
      sources.push({source: `${alias}:${document.numberLine ?? document.startLine}`, markdown: toDraftMarkdown(document), lines: document.lines, published})
    }
  }
  return sources
}

/** What `learn` made fails the profile schema (a defect of `learn`, or input it could not read a county from). */
export class InvalidProfileError extends Error {
  constructor(readonly problems: SchemaProblem[]) {
    super(problemsText(problems, 'en'))
    this.name = 'InvalidProfileError'
  }
}

/** Learns a profile from gazettes and drafts; validated against the profile schema before it is returned. */
export async function learnFromFiles(files: Array<string | LearnInput>, options: LearnOptions, cwd = process.cwd()): Promise<Profile> {
  const profile = learnProfile(await learnSources(files, cwd), {
    ...options,
    generatedFrom: options.generatedFrom ?? files.map((input) => path.basename(typeof input === 'string' ? input : input.file)).sort(),
  })
  const validate = schemaValidator('profile')
  if (!validate(profile)) {
    throw new InvalidProfileError(describeSchemaErrors(validate.errors))
  }
  return profile
}

export function profileJson(profile: Profile): string {
  return JSON.stringify(profile, null, 2) + '\n'
}

/** Writes the profile atomically: a reader sees the old file or the new one, never half of it. */
export function writeProfile(profile: Profile, target: string): void {
  writeFileAtomic(target, profileJson(profile))
}
