import {defineRule, normalizeTitle, type Fixer, type RepealNote, type RuleContext, type TextEdit} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The `repeals` entries of the front matter that give a number: title → number. */
function frontMatterNumbers(data: Record<string, unknown> | undefined): Map<string, string> {
  const numbers = new Map<string, string>()
  const repeals = data?.repeals
  if (!Array.isArray(repeals)) return numbers
  for (const entry of repeals) {
    if (entry && typeof entry === 'object' && typeof entry.title === 'string' && typeof entry.number === 'string') {
      numbers.set(normalizeTitle(entry.title), entry.number)
    }
  }
  return numbers
}

export default defineRule(
  {id: 'repeal-note-format', family: 'repeal-note', severity: 'error', type: 'problem', fixable: true, description, messages},
  ({notice, profile, report}) => {
    const declared = frontMatterNumbers(notice.frontMatter?.data)
    for (const note of notice.repealNotes) {
      const title = note.title
      if (!title) {
        // `民政发〔2012〕118号文件同时废止。`: the reader cannot tell which document is repealed without its title.
        if (note.number) report({messageId: 'no-title', data: {number: note.number.text}, at: note})
        continue
      }
      // `对《…》予以废止` in running text is not a repeal note of this draft.
      if (note.form === 'bare' && !note.number && !note.text.includes('同时废止')) continue
      const titleEnd = title.position.end.offset + (note.titleQuoted === false ? 0 : 1)
      if (note.titleQuoted === false) {
        report({
          messageId: 'title-marks',
          data: {title: title.text},
          at: title,
          fix: (fixer) => fixer.wrap(title, '《', '》'),
        })
      }
      // Opening with 原 or the date of issue is the counties' wording (with a profile).
      if (note.form === 'bare' && profile) report({messageId: 'form', data: {title: title.text}, at: note})
      checkNumber(note, titleEnd, declared, report)
      // The closing 。 is national punctuation; the wording `同时废止` is the counties' (with a profile).
      if (!note.endsProperly) {
        const wording = Boolean(profile) && !note.text.includes('同时废止')
        if (wording) report({messageId: 'ending', at: note, fix: (fixer) => endingFix(fixer, note, notice.text, true)})
        else if (!note.text.endsWith('。')) report({messageId: 'stop', at: note, fix: (fixer) => endingFix(fixer, note, notice.text, false)})
      }
    }
  },
)

function checkNumber(
  note: RepealNote,
  titleEnd: number,
  declared: Map<string, string>,
  report: RuleContext['report'],
): void {
  const title = note.title!
  const number = note.number
  if (!number) {
    // The front matter may name the number: then it can be written in.
    const known = declared.get(normalizeTitle(title.text))
    // Not while the title still lacks its 《》: the two insertions would meet at one offset.
    const fix = known && !note.numberGroup && note.titleQuoted !== false ? (fixer: Fixer) => fixer.insertAfter([titleEnd, titleEnd], `（${known}）`) : undefined
    report({messageId: 'no-number', data: {title: title.text}, at: note.numberGroup ?? note, fix})
    return
  }
  const group = note.numberGroup
  if (!group) {
    report({
      messageId: 'unbracketed',
      data: {number: number.text},
      at: number,
      fix: (fixer) => fixer.wrap(number, '（', '）'),
    })
    return
  }
  if (!note.numberBracketed) {
    const open = group.text[0]
    const close = group.text[group.text.length - 1]
    const start = group.position.start.offset
    const end = group.position.end.offset
    const fix = (fixer: Fixer) => {
      const edits: TextEdit[] = []
      if (open !== '（') edits.push(fixer.replace([start, start + 1], '（'))
      if (close !== '）') edits.push(fixer.replace([end - 1, end], '）'))
      return edits
    }
    report({messageId: 'brackets', data: {open, close, number: number.text}, at: group, fix})
  }
}

/** `…废止` → `…同时废止。`, when the note ends its sentence (nothing but a stop or the paragraph's end follows). */
function endingFix(fixer: Fixer, note: RepealNote, text: string, wording: boolean): TextEdit[] | undefined {
  const end = note.position.end.offset
  const noteText = note.text
  const hasStop = noteText.endsWith('。')
  const core = hasStop ? noteText.slice(0, -1) : noteText
  if (!core.endsWith('废止')) return undefined
  if (!hasStop && !/^\s*(?:$|\n)/u.test(text.slice(end))) return undefined
  const edits: TextEdit[] = []
  const stopAt = end - (hasStop ? 1 : 0)
  if (wording && !core.endsWith('同时废止')) edits.push(fixer.insertBefore([stopAt - 2, stopAt - 2], '同时'))
  if (!hasStop) edits.push(fixer.insertAfter(note, '。'))
  return edits.length > 0 ? edits : undefined
}
