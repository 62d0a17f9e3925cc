/**
 * The page's worker: one LintSession (the engine every front end calls) over one draft, the clerk's. It holds
 * no rule and no check of its own; it turns the page's requests into `update`, `lint` and `fix` calls and the
 * session's results into the fields of `--format json` (the reporters' own `toJsonResults`).
 */
import {applyFixes, isWordDraftPath, parseNumberLine, profileForIssuer, ProfileStore, type SerializedMessage} from '@gazette-lint/core'
import {allRules, LintSession, type DraftResult} from '@gazette-lint/engine'
import {toJsonResults} from '@gazette-lint/reporters'
import {elementChecklist, type ReviewMessage} from '@gazette-lint/review/data'
import {savedName} from '../page/draft-files.js'
import type {Finding, LintAnswer, PageSettings, WorkerAnswer, WorkerRequest} from '../protocol.js'

const scope = self as unknown as {postMessage(answer: WorkerAnswer): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null}
const post = (answer: WorkerAnswer) => scope.postMessage(answer)

// Profiles are read once for every session the settings make.
const profiles = new ProfileStore()
let current: {key: string; session: LintSession} | undefined

/** The session for the toolbar's settings: the county as a config names it, the stage and language as overrides. */
function sessionFor(settings: PageSettings): LintSession {
  const key = JSON.stringify(settings)
  if (current?.key !== key) {
    const overrides = {lang: settings.lang, stage: settings.stage, ...(settings.today ? {today: settings.today} : {})}
    current = {key, session: new LintSession({cwd: '/', config: settings.county ? {profile: settings.county} : {}, overrides, profiles})}
  }
  return current.session
}

/** A name the session can hold: the file's own name, without folders. */
const draftPath = (name: string) => name.split(/[\\/]/).pop() || '草稿.md'

function findingsOf(result: DraftResult): Finding[] {
  const [json] = toJsonResults([result.file], '/')
  return json.messages.map((message, index) => {
    const place = result.messages[index].place
    const span = place && 'start' in place ? place : undefined
    const expected = result.messages[index].expected
    return {
      ...message,
      url: undefined,
      ...(span?.start.offset !== undefined ? {offset: span.start.offset, endOffset: span.end.offset ?? span.start.offset} : {}),
      ...(expected?.length ? {expected} : {}),
    } as Finding
  })
}

function countyOf(session: LintSession, path: string, result: DraftResult): LintAnswer['county'] {
  const {settings} = session.configFor(path)
  if (settings.profile) return {id: settings.profile.id, county: settings.profile.county, chosen: 'picked'}
  const {summary} = result
  // The choice the rules make (core's stateFor): the issuer the draft names, else its number's 代字.
  const prefix = summary?.number ? parseNumberLine(summary.number.text)?.prefix : undefined
  const chosen = profileForIssuer(settings.profiles, summary?.issuer?.text, prefix)
  return chosen && {id: chosen.id, county: chosen.county, chosen: 'issuer'}
}

function answerOf(version: number, session: LintSession, path: string, result: DraftResult, extra: Partial<LintAnswer> = {}): LintAnswer {
  const findings = findingsOf(result)
  // The review sheet's own checklist, from the same messages `findings` lists one for one.
  const checklist = result.summary && elementChecklist(result.summary, result.messages as readonly ReviewMessage[])
  return {type: 'result', version, text: String(result.file.value), findings, summary: result.summary, checklist, county: countyOf(session, path, result), ...extra}
}

/** The finding of a fresh lint that the page's finding is: same rule, place, message and fix. */
function sameFinding(message: SerializedMessage | DraftResult['messages'][number], finding: Finding, json: Finding): boolean {
  return json.ruleId === finding.ruleId && json.offset === finding.offset && json.endOffset === finding.endOffset && json.message === finding.message && Boolean((message as {fix?: unknown}).fix)
}

/**
 * A Word draft, once opened, is the Markdown draft it prints as: the editor holds that text, the page checks and
 * fixes it under its Markdown name (as `gazette-lint convert` would write it). The findings about the Word file
 * itself (the word-* rules: tracked changes, automatic numbering, fonts) are kept beside them, after them, so
 * that the checklist's references into the Markdown findings stay as they are.
 */
async function openedWordDraft(version: number, session: LintSession, path: string, read: DraftResult): Promise<LintAnswer> {
  session.remove(path)
  const markdownPath = savedName(path)
  session.update(markdownPath, String(read.file.value))
  const answer = answerOf(version, session, markdownPath, await session.lint(markdownPath))
  const aboutTheWordFile = findingsOf(read).filter((finding) => finding.ruleId?.startsWith('word-'))
  return {...answer, findings: [...answer.findings, ...aboutTheWordFile]}
}

async function handle(request: WorkerRequest): Promise<WorkerAnswer> {
  const session = sessionFor(request.settings)
  const path = draftPath(request.name)
  switch (request.type) {
    case 'lint': {
      session.update(path, request.text)
      return answerOf(request.version, session, path, await session.lint(path))
    }
    case 'open': {
      session.update(path, new Uint8Array(request.bytes))
      const read = await session.lint(path)
      if (!isWordDraftPath(path) || read.messages.some((message) => message.ruleId === 'fatal')) return answerOf(request.version, session, path, read)
      return openedWordDraft(request.version, session, path, read)
    }
    case 'fix-one': {
      session.update(path, request.text)
      const before = await session.lint(path)
      const findings = findingsOf(before)
      const index = before.messages.findIndex((message, at) => sameFinding(message, request.finding, findings[at]))
      if (index < 0) return answerOf(request.version, session, path, before, {fixed: []})
      // The one finding's fix, applied by the function every pass of `--fix` applies fixes with.
      const {output, applied} = applyFixes(request.text, [before.messages[index] as unknown as {fix?: {range: [number, number]; text: string}}])
      session.update(path, output)
      const after = await session.lint(path)
      return answerOf(request.version, session, path, after, {fixed: applied.length ? [{ruleId: findings[index].ruleId ?? '', message: findings[index].message}] : []})
    }
    case 'fix-all': {
      session.update(path, request.text)
      const outcome = await session.fix(path)
      session.update(path, outcome.output)
      const fixed = outcome.fixed.map((fix) => ({ruleId: fix.ruleId, message: fix.reason}))
      return answerOf(request.version, session, path, outcome.result, {fixed})
    }
  }
}

// One request at a time; of lint requests waiting, only the newest is worth answering (the clerk typed on).
const waiting: WorkerRequest[] = []
let busy = false

async function drain(): Promise<void> {
  if (busy) return
  busy = true
  try {
    while (waiting.length > 0) {
      const request = waiting.shift()!
      if (request.type === 'lint' && waiting.some((later) => later.type === 'lint')) continue
      try {
        post(await handle(request))
      } catch (error) {
        post({type: 'failed', version: request.version, message: error instanceof Error ? error.message : String(error)})
      }
    }
  } finally {
    busy = false
  }
}

scope.onmessage = (event) => {
  waiting.push(event.data)
  void drain()
}

post({
  type: 'ready',
  rules: allRules.map(({meta}) => ({id: meta.id, description: {zh: meta.description.zh, en: meta.description.en}, fixable: meta.fixable})),
  counties: profiles.shipped().map((profile) => ({id: profile.id, county: profile.county})),
})
