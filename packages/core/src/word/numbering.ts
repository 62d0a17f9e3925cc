/**
 * Word's automatic numbering (`w:numPr`) rendered as the printed marker, the way Word counts: one counter
 * per abstract definition, shared by every `w:num` that uses it; a `w:startOverride` restarts it where its
 * `w:num` first appears; a level restarts when a level above it is used (or as `w:lvlRestart` says).
 */
import {chineseNumeral} from '../recognisers/numerals.js'
import type {WordStyles} from './styles.js'
import {child, childrenNamed, valueOf, type XmlElement} from './xml.js'

interface LevelDefinition {
  start: number
  format: string
  text: string
  /** `w:lvlRestart`: restart after a use of this level (1-based) or above; 0 never. */
  restart?: number
  legal: boolean
  /** What follows the marker: a tab (Word's default), a space, or nothing. */
  suffix: string
}

interface NumberingInstance {
  abstractId: string
  starts: Map<number, number>
  levels: Map<number, LevelDefinition>
}

/** The marker of a numbered paragraph, or why it cannot be told. */
export type Numbered = {marker: string; suffix: string} | {problem: 'undefined'} | {problem: 'format'; format: string}

const SUFFIX: Record<string, string> = {tab: '\t', space: ' ', nothing: ''}

function readLevel(element: XmlElement): LevelDefinition {
  const start = valueOf(element, 'w:start')
  const restart = valueOf(element, 'w:lvlRestart')
  return {
    start: start && /^\d+$/u.test(start) ? Number(start) : 0,
    format: valueOf(element, 'w:numFmt') ?? 'decimal',
    text: valueOf(element, 'w:lvlText') ?? '',
    restart: restart && /^\d+$/u.test(restart) ? Number(restart) : undefined,
    legal: child(element, 'w:isLgl') !== undefined,
    suffix: SUFFIX[valueOf(element, 'w:suff') ?? 'tab'] ?? '\t',
  }
}

const levelsOf = (element: XmlElement | undefined) =>
  new Map(childrenNamed(element, 'w:lvl').map((level) => [Number(level.attributes['w:ilvl'] ?? 0), readLevel(level)] as const))

const CIRCLED = (value: number, first: number, count: number) => (value >= 1 && value <= count ? String.fromCodePoint(first + value - 1) : undefined)
const TIANGAN = '甲乙丙丁戊己庚辛壬癸'
const DIZHI = '子丑寅卯辰巳午未申酉戌亥'
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']

function roman(value: number): string | undefined {
  if (value < 1 || value > 3999) return undefined
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = value
  let text = ''
  for (const [amount, letters] of table) while (rest >= amount) [rest, text] = [rest - amount, text + letters]
  return text
}

/** `A` … `Z`, then `AA` … `ZZ`, as Word letters a list. */
const letter = (value: number) => (value >= 1 ? String.fromCharCode(65 + ((value - 1) % 26)).repeat(Math.ceil(value / 26)) : undefined)

/** `一` … `九十九` as Word counts in Chinese; larger values are not told apart from their style. */
const counting = (value: number) => (value >= 1 && value < 100 ? chineseNumeral(value) : undefined)

function legalSimplified(value: number): string | undefined {
  if (value < 1 || value >= 100) return undefined
  const tens = Math.floor(value / 10)
  return `${tens > 0 ? `${LEGAL_DIGITS[tens]}拾` : ''}${value % 10 ? LEGAL_DIGITS[value % 10] : ''}`
}

/** A counter's value in a level's number format, or undefined for a format (or a value) that cannot be printed here. */
export function formatNumber(value: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(value)
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return counting(value)
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(value).replace(/\d/gu, (digit) => '〇一二三四五六七八九'[Number(digit)])
    case 'chineseLegalSimplified':
      return legalSimplified(value)
    case 'ideographTraditional':
      return value >= 1 && value <= 10 ? TIANGAN[value - 1] : undefined
    case 'ideographZodiac':
      return value >= 1 && value <= 12 ? DIZHI[value - 1] : undefined
    case 'upperLetter':
      return letter(value)
    case 'lowerLetter':
      return letter(value)?.toLowerCase()
    case 'upperRoman':
      return roman(value)
    case 'lowerRoman':
      return roman(value)?.toLowerCase()
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED(value, 0x2460, 20)
    case 'decimalEnclosedParen':
      return CIRCLED(value, 0x2474, 20)
    case 'decimalEnclosedFullstop':
      return CIRCLED(value, 0x2488, 20)
    case 'none':
      return ''
    default:
      return undefined
  }
}

/** Counts a document's numbered paragraphs in order: call `next` for each, as they stand. */
export class WordNumbering {
  private readonly instances = new Map<string, NumberingInstance>()
  private readonly abstracts = new Map<string, {levels: Map<number, LevelDefinition>; styleLink?: string}>()
  private readonly counters = new Map<string, number[]>()
  private readonly seen = new Set<string>()

  constructor(
    numbering: XmlElement | undefined,
    private readonly styles: WordStyles,
  ) {
    for (const element of childrenNamed(numbering, 'w:abstractNum')) {
      const id = element.attributes['w:abstractNumId']
      if (id !== undefined) this.abstracts.set(id, {levels: levelsOf(element), styleLink: valueOf(element, 'w:numStyleLink')})
    }
    for (const element of childrenNamed(numbering, 'w:num')) {
      const id = element.attributes['w:numId']
      const abstractId = valueOf(element, 'w:abstractNumId')
      if (id === undefined || abstractId === undefined) continue
      const starts = new Map<number, number>()
      const levels = new Map<number, LevelDefinition>()
      for (const override of childrenNamed(element, 'w:lvlOverride')) {
        const level = Number(override.attributes['w:ilvl'] ?? 0)
        const start = valueOf(override, 'w:startOverride')
        if (start !== undefined && /^\d+$/u.test(start)) starts.set(level, Number(start))
        const definition = child(override, 'w:lvl')
        if (definition) levels.set(level, readLevel(definition))
      }
      this.instances.set(id, {abstractId, starts, levels})
    }
  }

  /** The abstract definition of an instance, through a numbering style's link when it has one. */
  private abstractOf(instance: NumberingInstance): {id: string; levels: Map<number, LevelDefinition>} | undefined {
    let id = instance.abstractId
    for (let hops = 0; hops < 4; hops++) {
      const found = this.abstracts.get(id)
      if (!found) return undefined
      if (!found.styleLink) return {id, levels: found.levels}
      const linked = this.styles.numberingOfStyle(found.styleLink)
      const next = linked !== undefined ? this.instances.get(linked)?.abstractId : undefined
      if (next === undefined || next === id) return {id, levels: found.levels}
      id = next
    }
    return undefined
  }

  /** The marker of the next paragraph numbered `numId` at `level`; undefined for `numId` 0 (numbering removed) and bullets. */
  next(numId: string, level: number): Numbered | undefined {
    if (numId === '0') return undefined
    const instance = this.instances.get(numId)
    const abstract = instance && this.abstractOf(instance)
    const definitionAt = (at: number) => instance?.levels.get(at) ?? abstract?.levels.get(at)
    const definition = definitionAt(level)
    if (!instance || !abstract || !definition) return {problem: 'undefined'}
    if (definition.format === 'bullet') return undefined
    const counters = this.counters.get(abstract.id) ?? []
    this.counters.set(abstract.id, counters)
    if (!this.seen.has(numId)) {
      this.seen.add(numId)
      for (const at of instance.starts.keys()) counters[at] = NaN
    }
    const startAt = (at: number) => instance.starts.get(at) ?? definitionAt(at)?.start ?? 0
    counters[level] = counters[level] === undefined || Number.isNaN(counters[level]) ? startAt(level) : counters[level] + 1
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restart = definitionAt(deeper)?.restart
      if (restart === undefined || (restart > 0 && level < restart)) counters[deeper] = NaN
    }
    let unprintable: string | undefined
    const marker = definition.text.replace(/%([1-9])/gu, (_, digit: string) => {
      const at = Number(digit) - 1
      const value = counters[at] === undefined || Number.isNaN(counters[at]) ? startAt(at) : counters[at]
      const format = definition.legal ? 'decimal' : (definitionAt(at)?.format ?? 'decimal')
      const printed = formatNumber(value, format)
      if (printed === undefined) unprintable ??= format
      return printed ?? ''
    })
    if (unprintable) return {problem: 'format', format: unprintable}
    return {marker, suffix: definition.suffix}
  }
}
