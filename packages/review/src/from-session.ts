/**
 * A review of drafts through the lint session: lint them together (so cross-file checks see the batch), ask
 * the session how `--fix` would fix each draft that has something to fix, and build the sheet's data.
 * The session decides the stage: a review session is made with `overrides.stage: 'publish'`.
 */
import type {Lang} from '@gazette-lint/core'
import {allRules, TOOL_IDS, type DraftResult, type LintSession, type ListedPath} from '@gazette-lint/engine'
import type {ReviewDraft, ReviewMessage, ReviewRule, ReviewSheet} from './model.js'
import {buildReviewSheet} from './sheet.js'

/** What the sheet says of every rule and of the tool's own ids (`fatal`, `encoding`). */
export const REVIEW_RULES: Readonly<Record<string, ReviewRule>> = Object.fromEntries([
  ...allRules.map(({meta}) => [meta.id, {description: meta.description, url: meta.url}] as const),
  ...TOOL_IDS.map((meta) => [meta.id, {description: meta.description, url: meta.url}] as const),
])

export interface ReviewOutcome {
  sheet: ReviewSheet
  /** The session's results, as lint reports them (for the exit code and what the command prints). */
  results: DraftResult[]
}

/** Reviews the drafts; `lang` is the sheet's own language (the findings come in the session's). */
export async function reviewDrafts(session: LintSession, paths: Array<string | ListedPath>, options: {lang: Lang; today: string}): Promise<ReviewOutcome> {
  const results = await session.lintAll(paths)
  const drafts: ReviewDraft[] = []
  for (const result of results) {
    const messages = result.messages as readonly ReviewMessage[]
    const fixable = messages.some((message) => message.fix !== undefined)
    const outcome = fixable ? await session.fix(result.path) : undefined
    drafts.push({
      path: result.path,
      text: String(result.file.value),
      messages,
      ...(result.summary ? {summary: result.summary} : {}),
      ...(outcome && outcome.fixed.length > 0 ? {fixes: outcome.fixed} : {}),
      ...(result.wordSource ? {word: result.wordSource} : {}),
    })
  }
  return {sheet: buildReviewSheet({drafts, rules: REVIEW_RULES, lang: options.lang, today: options.today}), results}
}
