import {defineRule, readMarker, type Fixer, type ResponsibleAnnotation, type TextEdit} from '@gazette-lint/core'
import {description, messages} from './messages.js'

type Style = '（）' | '〔〕'

/**
 * `（…）` and `(…)` are one style, `〔…〕` the other; half-width round brackets are a fault of their own
 * (`halfwidth-brackets`), reported here because punctuation-fullwidth leaves annotations to this rule.
 */
function styleOf(annotation: ResponsibleAnnotation): Style | undefined {
  const round = (char: string, full: string, half: string) => char === full || char === half
  if (round(annotation.open, '（', '(') && round(annotation.close, '）', ')')) return '（）'
  if (annotation.open === '〔' && annotation.close === '〕') return '〔〕'
  return undefined
}

export default defineRule(
  {id: 'responsible-unit-format', family: 'responsible-unit', severity: 'warning', type: 'layout', fixable: true, description, messages},
  ({notice, profile, report}) => {
    const {annotations, units, text} = notice
    if (annotations.length === 0) return
    // Brackets, field separators and placement are the county's habits (its profile records its annotations);
    // the full-width colon after a label is GB/T 15834 and applies everywhere.
    const brackets = profile?.conventions?.annotations?.brackets
    // One bracket style per document: the majority wins (the county's usual style on a tie).
    const counts = {'（）': 0, '〔〕': 0}
    for (const annotation of annotations) {
      const style = styleOf(annotation)
      if (style) counts[style]++
    }
    const usual = brackets?.[0] ?? '（）'
    const majority: Style = counts['〔〕'] === counts['（）'] ? usual : counts['〔〕'] > counts['（）'] ? '〔〕' : '（）'

    for (const annotation of annotations) {
      const start = annotation.position.start.offset
      const end = annotation.position.end.offset
      const style = styleOf(annotation)
      if (brackets && style !== majority) {
        const fix = (fixer: Fixer) => {
          const edits: TextEdit[] = []
          if (annotation.open !== majority[0]) edits.push(fixer.replace([start, start + 1], majority[0]))
          if (annotation.close !== majority[1]) edits.push(fixer.replace([end - 1, end], majority[1]))
          return edits
        }
        report({messageId: 'bracket-style', data: {expected: majority, found: annotation.open + annotation.close}, at: annotation, fix})
      } else if (brackets && style && !brackets.includes(style)) {
        report({messageId: 'county-brackets', data: {county: profile!.county, expected: brackets.join('、'), found: style}, at: annotation})
      } else if (annotation.open === '(' || annotation.close === ')') {
        // Half-width brackets in Chinese text are GB/T 15834's, whatever the county's style.
        const fix = (fixer: Fixer) => {
          const edits: TextEdit[] = []
          if (annotation.open === '(') edits.push(fixer.replace([start, start + 1], '（'))
          if (annotation.close === ')') edits.push(fixer.replace([end - 1, end], '）'))
          return edits
        }
        report({messageId: 'halfwidth-brackets', data: {found: annotation.open + annotation.close}, at: annotation, fix})
      }

      for (const [index, field] of annotation.fields.entries()) {
        if (field.label && field.colon && field.colon.text !== '：') {
          report({
            messageId: 'label-colon',
            data: {label: field.label.text},
            at: field.colon,
            fix: (fixer) => fixer.replace(field.colon!, '：'),
          })
        }
        const previous = annotation.fields[index - 1]
        if (!brackets || index === 0 || !previous || !field.label) continue
        // What stands between the previous field's value and this label.
        const gapStart = previous.value.position.end.offset
        const gapEnd = field.label.position.start.offset
        const gap = text.slice(gapStart, gapEnd)
        const separator = gap.trim()
        if (separator === '；') continue
        // The corpus' two-field form B: `（责任单位：X，配合单位：Y）`.
        const formB = annotation.fields.length === 2 && previous.label?.text === '责任单位' && field.label.text === '配合单位' && separator === '，'
        if (formB) continue
        report({
          messageId: separator ? 'field-separator' : 'field-separator-missing',
          data: {label: field.label.text, found: separator},
          at: separator ? {start: previous.value.position.end, end: field.label.position.start} : field.label,
          fix: (fixer) => fixer.replace([gapStart, gapEnd], '；'),
        })
      }

      // Placement: after the task sentence's 。, closing the paragraph.
      if (!brackets) continue
      const unit = units[annotation.unitIndex]
      const before = text.slice(unit.position.start.offset, start)
      const after = text.slice(end, unit.position.end.offset)
      if (after.trim() !== '') {
        // `安排45.5万元（责任单位：县乡村振兴局）；` — an annotation closing a clause of an enumeration (003:191–197).
        if (/^\s*[；;。]/u.test(after)) continue
        // Two items typed on one line: the layout, not the annotation, is at fault.
        const next = readMarker(after.trim())
        if (next) report({messageId: 'inline-next-item', data: {annotation: annotation.text, marker: next.marker}, at: annotation})
        else report({messageId: 'inline', data: {annotation: annotation.text}, at: annotation})
        continue
      }
      // `…。二是…工作（责任单位：X）`: a sentence paragraph whose last sentence lost its 。. A bare heading-like
      // item (`26. 落实好普惠性支持政策〔责任单位：…〕`, 000:3280) has no 。 at all and is left alone.
      const last = before.trimEnd()
      if (last && !/[。！？!?]$/u.test(last) && last.includes('。')) {
        const at = unit.position.start.offset + last.length
        report({messageId: 'missing-stop', data: {annotation: annotation.text}, at: annotation, fix: (fixer) => fixer.insertAfter([at, at], '。')})
      }
    }
  },
)
