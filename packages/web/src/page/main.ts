/**
 * The page: the clerk's draft in the editor, linted in the worker as they type (debounced), the findings and
 * the element checklist beside it, fixes one by one or all at once, copy and download, Chinese or English.
 * The page decides nothing about a draft: every finding, fix and element comes from the lint session.
 */
import type {CountyInfo, Finding, Lang, LintAnswer, PageSettings, RequestBody, RuleInfo, Stage, WorkerAnswer, WorkerRequest} from '../protocol.js'
import {ACCEPT, DRAFT_FILE_TYPES, isDraftFile, savedName} from './draft-files.js'
import {DraftEditor} from './editor.js'
import {markCurrentFinding, renderChecklist, renderCounts, renderFindings} from './findings-view.js'
import {STRINGS, type PageStrings} from './strings.js'
import {startLintWorker} from './worker-client.js'

/** How long typing may pause before the draft is checked again. */
const TYPING_PAUSE_MS = 250
const DEFAULT_NAME = '草稿.md'

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const textarea = byId<HTMLTextAreaElement>('draft')
const editor = new DraftEditor(textarea, byId('backdrop'))
const countySelect = byId<HTMLSelectElement>('county')
const fixAllButton = byId<HTMLButtonElement>('fix-all')
const status = byId('status')
const fixedNote = byId('fixed-note')
const findingsList = byId('findings')

const query = new URLSearchParams(location.search)
const state = {
  lang: (query.get('lang') === 'en' ? 'en' : 'zh') as Lang,
  stage: 'draft' as Stage,
  county: '',
  /** `?today=YYYY-MM-DD`: check as of that day, as the config's `today` does. */
  today: /^\d{4}-\d{2}-\d{2}$/.test(query.get('today') ?? '') ? query.get('today')! : undefined,
  name: DEFAULT_NAME,
  /** Bumped by every edit and request: only the answer to the latest request is shown. */
  version: 0,
  ready: false,
  /** Whether the clerk has written, pasted or opened anything yet. */
  touched: false,
  /** Whether findings of a draft have been shown yet: the first time is marked for `npm run bench`. */
  shownFirst: false,
  rules: new Map<string, RuleInfo>(),
  counties: [] as CountyInfo[],
  latest: undefined as LintAnswer | undefined,
  current: undefined as number | undefined,
  /** A file opened before the worker was ready: it is checked as soon as the worker is. */
  pendingFile: undefined as ArrayBuffer | undefined,
}

const strings = (): PageStrings => STRINGS[state.lang]
const settings = (): PageSettings => ({county: state.county, stage: state.stage, lang: state.lang, ...(state.today ? {today: state.today} : {})})

const worker = startLintWorker(receive, (reason) => showStatus(strings().failed(reason)))

function send(request: RequestBody): void {
  if (!state.ready) return
  state.version++
  showStatus(strings().checking)
  worker.send({...request, version: state.version, name: state.name, settings: settings()} as WorkerRequest)
}

function lintNow(): void {
  clearTimeout(typingTimer)
  // A page just opened is quiet; once the clerk has written, pasted or opened anything, whatever the editor
  // holds is the draft, an emptied one too (as the command checks an empty file).
  if (state.touched) send({type: 'lint', text: editor.text})
}

let typingTimer: ReturnType<typeof setTimeout> | undefined
editor.onEdit((whole) => {
  // What the worker says of the text before this edit no longer fits it.
  state.version++
  state.touched = true
  fixedNote.textContent = ''
  showStatus(strings().checking)
  clearTimeout(typingTimer)
  // A paste or a drop is a whole edit: no typing to wait for.
  if (whole) lintNow()
  else typingTimer = setTimeout(lintNow, TYPING_PAUSE_MS)
})

function receive(answer: WorkerAnswer): void {
  if (answer.type === 'ready') {
    state.ready = true
    state.rules = new Map(answer.rules.map((rule) => [rule.id, rule]))
    state.counties = answer.counties
    renderCountyOptions()
    performance.mark('gazette-lint:worker-ready')
    showStatus('')
    if (state.pendingFile) send({type: 'open', bytes: state.pendingFile})
    else lintNow()
    state.pendingFile = undefined
    return
  }
  if (answer.version !== state.version) return
  if (answer.type === 'failed') {
    showStatus(strings().failed(answer.message))
    return
  }
  if (answer.fixed) {
    editor.replaceWith(answer.text)
    fixedNote.textContent = answer.fixed.length > 0 ? strings().fixedSome(answer.fixed.length) : strings().fixedNothing
  } else if (answer.text !== editor.text) editor.load(answer.text)
  // The textarea keeps line breaks as LF: a CRLF file is checked again as the clerk now sees it.
  if (answer.text !== editor.text) {
    lintNow()
    return
  }
  state.latest = answer
  state.current = undefined
  showAnswer()
}

function showAnswer(): void {
  const answer = state.latest
  const s = strings()
  const findings = answer?.findings ?? []
  editor.mark(findings.map((finding, index) => ({finding, index})))
  renderCounts(byId('counts'), findings, s)
  renderFindings(findingsList, findings, state.rules, state.lang, s, {select: reveal, fix: (index) => send({type: 'fix-one', text: editor.text, finding: findings[index]})})
  renderChecklist(byId('checklist').querySelector('tbody')!, answer?.checklist, state.lang, s, (place, finding) => {
    editor.reveal(finding, editor.spanOf(place))
    markCurrentFinding(findingsList, finding)
  })
  fixAllButton.disabled = !findings.some((finding) => finding.fix)
  const county = answer?.county
  byId('county-chosen').textContent = !answer || !answer.summary ? '' : county ? (county.chosen === 'issuer' ? s.chosenByIssuer(county.county) : s.chosenPicked(county.county)) : s.chosenNone
  showStatus(answer ? s.checked : '')
  if (!state.shownFirst && answer) {
    state.shownFirst = true
    performance.mark('gazette-lint:first-findings')
  }
}

function reveal(index: number): void {
  const finding: Finding | undefined = state.latest?.findings[index]
  if (!finding) return
  state.current = index
  markCurrentFinding(findingsList, index)
  editor.reveal(index, finding.offset === undefined ? undefined : {offset: finding.offset, endOffset: finding.endOffset ?? finding.offset})
}

function showStatus(text: string): void {
  status.textContent = text
}

function renderCountyOptions(): void {
  const auto = document.createElement('option')
  auto.value = ''
  auto.textContent = strings().countyAuto
  const options = state.counties.map(({id, county}) => {
    const option = document.createElement('option')
    option.value = id
    option.textContent = county
    return option
  })
  countySelect.replaceChildren(auto, ...options)
  countySelect.value = state.county
}

/** The page's own words in the chosen language; the rules' words come with the next answer. */
function applyLanguage(): void {
  const s = strings()
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en'
  document.title = `${s.title} · gazette-lint`
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = s[node.dataset.text as keyof PageStrings]
    if (typeof text === 'string') node.textContent = text
  }
  textarea.placeholder = s.placeholder
  byId('language').textContent = s.switchLanguage
  renderCountyOptions()
}

byId('language').addEventListener('click', () => {
  state.lang = state.lang === 'zh' ? 'en' : 'zh'
  applyLanguage()
  showAnswer()
  lintNow()
})
countySelect.addEventListener('change', () => {
  state.county = countySelect.value
  lintNow()
})
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="stage"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return
    state.stage = radio.value as Stage
    lintNow()
  })
}
fixAllButton.addEventListener('click', () => send({type: 'fix-all', text: editor.text}))

byId('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(editor.text)
    fixedNote.textContent = strings().copied
  } catch {
    textarea.select()
    fixedNote.textContent = document.execCommand('copy') ? strings().copied : strings().copyFailed
  }
})

byId('download').addEventListener('click', () => {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([editor.text], {type: 'text/markdown;charset=utf-8'}))
  link.download = savedName(state.name)
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 0)
})

async function openFile(file: File): Promise<void> {
  if (!isDraftFile(file.name)) {
    fixedNote.textContent = strings().unsupportedFile(file.name, DRAFT_FILE_TYPES.join(' '))
    return
  }
  state.name = file.name
  state.touched = true
  fixedNote.textContent = strings().readFile(file.name)
  // From now on the findings shown are the old text's, not yet the file's: none is "checked", and an answer
  // still on its way for the old text is dropped.
  state.version++
  showStatus(strings().checking)
  const bytes = await file.arrayBuffer()
  if (state.ready) send({type: 'open', bytes})
  else state.pendingFile = bytes
}

const fileInput = byId<HTMLInputElement>('file')
fileInput.accept = ACCEPT
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void openFile(file)
  fileInput.value = ''
})

const editorBox = byId('editor')
editorBox.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return
  event.preventDefault()
  editorBox.classList.add('dragging')
})
editorBox.addEventListener('dragleave', () => editorBox.classList.remove('dragging'))
editorBox.addEventListener('drop', (event) => {
  editorBox.classList.remove('dragging')
  const file = event.dataTransfer?.files[0]
  if (!file) return
  event.preventDefault()
  void openFile(file)
})

applyLanguage()
showStatus(strings().starting)
