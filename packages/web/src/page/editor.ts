/**
 * The draft's editor: a plain textarea (the browser's own typing, IME, undo, paste and accessibility) over a
 * backdrop that lays out the same text with the same font and wrapping, each finding's span wrapped in a
 * <mark>: the underline shows through the transparent textarea under the characters it concerns. The text
 * only ever enters the backdrop as text nodes.
 */
import type {Finding} from '../protocol.js'

const RANK = {error: 0, warning: 1, info: 2} as const

export interface MarkedFinding {
  index: number
  finding: Finding
}

export class DraftEditor {
  /** Set while the page replaces the text itself (a fix), so that its input event is not the clerk's typing. */
  private replacing = false
  /** The findings underlined, and the text they were underlined in. */
  private marked: MarkedFinding[] = []
  private markedText = ''

  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly backdrop: HTMLElement,
  ) {
    textarea.addEventListener('scroll', () => this.syncScroll())
    new ResizeObserver(() => this.syncScroll()).observe(textarea)
  }

  get text(): string {
    return this.textarea.value
  }

  /**
   * Calls back on the clerk's edits (typing, pasting, cutting, dropping text), not on the page's own; `whole`
   * for a paste or a drop, which is no typing to wait for.
   */
  onEdit(callback: (whole: boolean) => void): void {
    this.textarea.addEventListener('input', (event) => {
      if (this.replacing) return
      this.followEdit()
      callback((event as InputEvent).inputType?.startsWith('insertFrom') ?? false)
    })
  }

  /**
   * Moves the underlines with the clerk's edit until the next findings come: those after it shift, one that
   * spans it stretches, and one the edit touches inside goes.
   */
  private followEdit(): void {
    const before = this.markedText
    const after = this.textarea.value
    let start = 0
    while (start < before.length && start < after.length && before[start] === after[start]) start++
    let tail = 0
    while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
    const oldEnd = before.length - tail
    const shift = after.length - before.length
    const moved = this.marked.flatMap(({index, finding}) => {
      const from = finding.offset!
      const to = finding.endOffset ?? from
      if (to <= start && from < start) return [{index, finding}]
      if (from >= oldEnd && (from > start || to > from)) return [{index, finding: {...finding, offset: from + shift, endOffset: to + shift}}]
      if (from < start && to >= oldEnd) return [{index, finding: {...finding, endOffset: to + shift}}]
      return []
    })
    this.mark(moved)
  }

  /** Replaces the whole text: a file opened. */
  load(text: string): void {
    this.textarea.value = text
    this.textarea.scrollTop = 0
    this.mark([])
  }

  /**
   * Replaces the text with a fixed one, changing only the stretch that differs, as an edit the clerk can undo
   * (Ctrl+Z) where the browser supports it.
   */
  replaceWith(text: string): void {
    const current = this.textarea.value
    if (current === text) return
    let start = 0
    while (start < current.length && start < text.length && current[start] === text[start]) start++
    let end = 0
    while (end < current.length - start && end < text.length - start && current[current.length - 1 - end] === text[text.length - 1 - end]) end++
    const scroll = this.textarea.scrollTop
    this.replacing = true
    try {
      this.textarea.focus({preventScroll: true})
      this.textarea.setSelectionRange(start, current.length - end)
      const inserted = text.slice(start, text.length - end)
      if (!document.execCommand('insertText', false, inserted) || this.textarea.value !== text) this.textarea.value = text
    } finally {
      this.replacing = false
    }
    this.textarea.scrollTop = scroll
  }

  /** Underlines the findings' spans; a finding at a point (no span) gets a thin bar there. */
  mark(findings: readonly MarkedFinding[]): void {
    const text = this.textarea.value
    const placed = findings.filter(({finding}) => finding.offset !== undefined && finding.offset <= text.length)
    this.marked = placed
    this.markedText = text
    const cuts = new Set([0, text.length])
    for (const {finding} of placed) {
      cuts.add(finding.offset!)
      cuts.add(Math.min(finding.endOffset ?? finding.offset!, text.length))
    }
    const points = [...cuts].sort((a, b) => a - b)
    const nodes: Node[] = []
    for (let at = 0; at < points.length; at++) {
      const start = points[at]
      for (const {index, finding} of placed) {
        if (finding.offset === start && (finding.endOffset ?? start) === start) nodes.push(this.markElement('', [index], finding.severity, true))
      }
      if (at === points.length - 1) break
      const end = points[at + 1]
      const covering = placed.filter(({finding}) => finding.offset! <= start && Math.min(finding.endOffset!, text.length) >= end && finding.endOffset! > finding.offset!)
      const piece = text.slice(start, end)
      if (covering.length === 0) nodes.push(document.createTextNode(piece))
      else {
        const worst = covering.reduce((a, b) => (RANK[b.finding.severity] < RANK[a.finding.severity] ? b : a)).finding.severity
        nodes.push(this.markElement(piece, covering.map((entry) => entry.index), worst, false))
      }
    }
    this.backdrop.replaceChildren(...nodes)
    this.syncScroll()
  }

  /** The offsets of a place the session gives by line and column (1-based), in the text as it stands. */
  spanOf(place: {line: number; column: number; endLine?: number; endColumn?: number}): {offset: number; endOffset: number} {
    const text = this.text
    const offsetAt = (line: number, column: number) => {
      // The textarea holds line breaks as LF, whatever the file had.
      const lineStart = text.split('\n').slice(0, line - 1).reduce((sum, before) => sum + before.length + 1, 0)
      return Math.min(lineStart + column - 1, text.length)
    }
    const offset = offsetAt(place.line, place.column)
    return {offset, endOffset: place.endLine === undefined ? offset : Math.max(offset, offsetAt(place.endLine, place.endColumn ?? 1))}
  }

  /** Shows a finding: its marks stand out, its span is selected and scrolled into view. */
  reveal(index: number | undefined, span?: {offset: number; endOffset: number}): void {
    for (const mark of this.backdrop.querySelectorAll('mark.current')) mark.classList.remove('current')
    const marks = index === undefined ? [] : [...this.backdrop.querySelectorAll<HTMLElement>('mark')].filter((mark) => mark.dataset.findings!.split(' ').includes(String(index)))
    for (const mark of marks) mark.classList.add('current')
    if (!span) return
    const first = marks[0]
    if (first) this.textarea.scrollTop = Math.max(0, first.offsetTop - this.textarea.clientHeight / 3)
    this.textarea.focus({preventScroll: true})
    this.textarea.setSelectionRange(span.offset, span.endOffset)
    this.syncScroll()
  }

  private markElement(text: string, indexes: number[], severity: Finding['severity'], point: boolean): HTMLElement {
    const mark = document.createElement('mark')
    mark.className = point ? `${severity} point` : severity
    mark.dataset.findings = indexes.join(' ')
    mark.textContent = text
    return mark
  }

  private syncScroll(): void {
    this.backdrop.scrollTop = this.textarea.scrollTop
  }
}
