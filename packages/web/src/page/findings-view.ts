/**
 * The findings list: each finding with its severity, rule id, place, message, the rule's explanation, the
 * suggestions a person chooses from, and a 修正 button when the rule offers a fix. Every text goes in as text.
 */
import {LABELS, MARK_SYMBOL, type Place} from '@gazette-lint/review/data'
import type {ChecklistRow, Finding, Lang, RuleInfo} from '../protocol.js'
import type {PageStrings} from './strings.js'

export interface FindingsViewEvents {
  /** The clerk picked a finding (clicked it, or its row in the checklist). */
  select(index: number): void
  fix(index: number): void
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag)
  if (className) made.className = className
  if (text !== undefined) made.textContent = text
  return made
}

export function renderCounts(target: HTMLElement, findings: readonly Finding[], strings: PageStrings): void {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length
  target.textContent = findings.length === 0 ? strings.noFindings : strings.counts(count('error'), count('warning'), count('info'))
  target.classList.toggle('empty', findings.length === 0)
}

export function renderFindings(list: HTMLElement, findings: readonly Finding[], rules: ReadonlyMap<string, RuleInfo>, lang: Lang, strings: PageStrings, events: FindingsViewEvents): void {
  const items = findings.map((finding, index) => {
    const item = element('li', `finding ${finding.severity}`)
    item.dataset.index = String(index)
    item.dataset.ruleId = finding.ruleId ?? ''
    item.tabIndex = 0
    const head = element('div', 'finding-head')
    head.append(
      element('span', 'severity', strings.severity[finding.severity]),
      element('span', 'rule-id', finding.ruleId ?? ''),
      element('span', 'position', finding.line ? strings.position(finding.line, finding.column ?? 1) : strings.wholeDraft),
    )
    item.append(head, element('p', 'message', finding.message))
    const rule = finding.ruleId ? rules.get(finding.ruleId) : undefined
    if (rule) item.append(element('p', 'explanation', rule.description[lang]))
    if (finding.expected?.length) item.append(element('p', 'expected', strings.expected(finding.expected)))
    if (finding.fix) {
      const button = element('button', 'fix', strings.fix)
      button.type = 'button'
      button.addEventListener('click', (event) => {
        event.stopPropagation()
        events.fix(index)
      })
      item.append(button)
    }
    item.addEventListener('click', () => events.select(index))
    item.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === item) events.select(index)
    })
    return item
  })
  list.replaceChildren(...items)
}

export function markCurrentFinding(list: HTMLElement, index: number | undefined): void {
  for (const item of list.querySelectorAll<HTMLElement>('.finding')) item.classList.toggle('current', item.dataset.index === String(index))
  const current = index === undefined ? undefined : list.querySelector<HTMLElement>(`.finding[data-index="${index}"]`)
  current?.scrollIntoView({block: 'nearest'})
}

/**
 * The checklist table's body, worded as the review sheet words it (its labels, marks and notes): element,
 * mark, each value as written with its notes and line; a click on a value shows it in the draft.
 */
export function renderChecklist(body: HTMLElement, rows: readonly ChecklistRow[] | undefined, lang: Lang, strings: PageStrings, show: (place: Place, finding?: number) => void): void {
  const labels = LABELS[lang]
  const trs = (rows ?? []).map((row) => {
    const tr = element('tr', row.mark)
    tr.dataset.element = row.element
    const values = element('td', 'values')
    for (const value of row.values) {
      const link = element('span', 'value')
      link.append(element('span', 'written', value.text), ...value.notes.map((note) => element('span', 'note', labels.aside(labels.note(note)))))
      link.append(' ', element('span', 'where', strings.lineOf(value.place.line)))
      link.addEventListener('click', () => show(value.place, row.findings[0]))
      values.append(link)
    }
    if (row.coverage && row.coverage.tasks > 0) values.append(element('span', 'where coverage', labels.coverage(row.coverage.tasks, row.coverage.annotated)))
    if (row.values.length === 0 && row.mark === 'problem') values.append(element('span', 'where', strings.notFound))
    const mark = element('td', 'mark', `${MARK_SYMBOL[row.mark]} ${labels.marks[row.mark]}`)
    tr.append(element('th', '', labels.elements[row.element]), mark, values)
    return tr
  })
  body.replaceChildren(...trs)
}
