import type {Node} from 'unist'

/** A 1-based line/column point with its 0-based offset into the file's text. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Span {
  start: Point
  end: Point
}

/** Offsets of a draft's text to line/column points. */
export interface Locator {
  point(offset: number): Point
  span(start: number, end: number): Span
}

/** A piece of the draft's source text and where it stands. */
export interface Located {
  text: string
  position: Span
}

/** Where an element was found relative to where draft-format.md puts it. */
export interface Placement {
  /** True when the element exists but stands in the wrong place. */
  misplaced: boolean
}

export type UnitKind = 'heading' | 'line' | 'paragraph' | 'list-item' | 'table' | 'other'

/**
 * One block of the draft as the layout reads it: a heading, a paragraph (or one of its lines when
 * the drafter put several elements in one paragraph), a list item read from its source text, a table.
 */
export interface Unit extends Located {
  index: number
  kind: UnitKind
  /** Heading depth for headings. */
  depth?: number
  node: Node
}

export interface IssuerHeader extends Located {
  /** True when the issuer is printed at the start of the title line (`# 绛县人民政府办公室关于…`). */
  inTitle: boolean
}


export interface Title extends Located {
  /** True when the title is the first level-1 heading (false: found as a plain paragraph). */
  isHeading: boolean
  /** The issuer printed before `关于`, if any. */
  issuer?: Located
  /** The title without the issuer, normally starting `关于`. */
  subject: Located
  /** The 文种 the title ends with, if it ends with one of the 15 of the 条例. */
  docType?: string
  /** True for `关于印发…的通知` (and 转发/下发). */
  issuesDocument: boolean
  /** Titles quoted in `《…》` inside the title. */
  quotedTitles: Located[]
  /**
   * The documents the title issues: its `《…》` titles, or, without marks, the name between `关于印发` and
   * `的通知`, one per document it names (`甲预案、乙预案`); empty for a title that issues none.
   */
  issued: Located[]
}

export interface DocNumberParts {
  prefix: string
  openBracket: string
  closeBracket: string
  year: string
  sequence: string
  hasDi: boolean
  hasSpaces: boolean
  /** A number not assigned yet: `陵政办发〔2026〕　号` (the sequence is empty). */
  placeholder?: boolean
  /** Pieces a damaged number lacks (`〕`, `号`): `牟政办发〔201746`. */
  missing?: string[]
}

export interface DocNumber extends Located, Placement {
  parts: DocNumberParts
  /** The number as `代字〔YYYY〕N号`, when it can be rebuilt without guessing (not from a two-digit year). */
  canonical?: string
}

export interface Addressee extends Located {}

export interface AttachmentItem extends Located {
  /** `1.` as written, or empty for a single unnumbered attachment. */
  label: string
  ordinal?: number
  /** The attachment's title, without `（见网络版）`-style notes. */
  title: Located
}

export interface AttachmentNote extends Located {
  /** `附件：` as written (the label and its colon). */
  lead: Located
  items: AttachmentItem[]
  scope: 'cover' | 'enclosure'
}

export interface Signature extends Located, Placement {}

export interface DateParts {
  year: number
  month: number
  day: number
  style: 'chinese-arabic' | 'chinese-numerals' | 'iso' | 'dotted'
  /** Digits written full-width (`２０２５年`). */
  fullWidthDigits?: boolean
  hasSpaces: boolean
  zeroPadded: boolean
  /** A date not fixed yet (`2026年 月 日`): the blank parts are NaN. */
  placeholder?: boolean
}

export interface DocDate extends Located, Placement {
  /** Undefined when the line is a damaged date (`20171116`, `2019年1123`) that cannot be read. */
  parts?: DateParts
  /** Typed on the signature's line (`陵川县人民政府办公室　2026年2月20日`): both are read, the layout is the fault. */
  sharesSignatureLine?: boolean
}

export type FlagPlacement = 'after-date' | 'before-signature' | 'after-enclosure' | 'elsewhere'

export interface DisclosureFlag extends Located {
  placement: FlagPlacement
  /** The literal between the brackets. */
  inner: string
}

export interface RepealNote extends Located {
  /** `原` or `dated`. */
  form: 'original' | 'dated' | 'bare'
  title?: Located
  /** The repealed number as written, brackets excluded. */
  number?: Located
  /** True when the number stands in `（）`. */
  numberBracketed: boolean
  /** The bracket group around the number as written (e.g. `(…)`), when there is one. */
  numberGroup?: Located
  date?: Located
  issuer?: Located
  /** True when the note ends `同时废止。`. */
  endsProperly: boolean
  /** False when the title is written without `《》` (`原陵川县抗旱应急预案（…）同时废止。`). */
  titleQuoted?: boolean
}

export interface Citation extends Located {
  prefix: string
  year: string
  openBracket: string
  closeBracket: string
  sequence: string
  /** Standing in `（…）` right after a `《…》` title. */
  afterTitle: boolean
  /** The citation sits inside a round-bracket group of its own (`（晋政发〔2021〕48号）`). */
  parenthesized: boolean
  /** Pieces a damaged citation lacks: `〕` in `元政规〔20203号`. */
  missing?: string[]
}

export interface AnnotationUnit extends Located {}

export interface AnnotationField {
  label?: Located
  /** The colon after the label as written. */
  colon?: Located
  value: Located
}

export interface ResponsibleAnnotation extends Located {
  open: string
  close: string
  /** Text between the brackets. */
  inner: Located
  /** `labelled` (责任单位：…), `suffix` (X负责, X牵头，Y配合), `list` (bare unit list). */
  form: 'labelled' | 'suffix' | 'list'
  fields: AnnotationField[]
  units: AnnotationUnit[]
  /** True when the annotation ends its paragraph (only whitespace after it). */
  closesParagraph: boolean
  /** The character right before the opening bracket (`。` when it follows the sentence). */
  precededBy: string
  /** The unit (paragraph) that carries it. */
  unitIndex: number
}

export type NumberingLevel = 1 | 2 | 3 | 4

export interface NumberedItem extends Located {
  level: NumberingLevel
  /** The marker as written: `一、` `（一）` `1.` `1、` `（1）`. */
  marker: Located
  ordinal: number
  /** Style of the marker, to tell `1.` from `1、` and full-width from half-width brackets. */
  style: string
  /** Index into `Notice.items` of the parent item, if any. */
  parent?: number
  /** The section the item belongs to: -1 the notice body, n the nth enclosure/attachment. */
  scope: number
  unitIndex: number
  /** Index of the last unit that belongs to the item's own text (before the next item). */
  lastUnitIndex: number
  isHeading: boolean
  /** Annotations in the item's own text. */
  annotations: number[]
}

export interface Section {
  kind: 'enclosure' | 'attachment'
  /** `附件1`, `附件 2`, `附件`, `附表 7` as written, for printed attachments. */
  label?: Located
  labelOrdinal?: number
  heading?: Located
  /** Unit indices [first, last] of the section (label and heading included). */
  firstUnit: number
  lastUnit: number
  attachmentNote?: AttachmentNote
}

export interface FrontMatter extends Located {
  data?: Record<string, unknown>
  /**
   * The front matter could not be read: the first problem and where it stands. `alias`: a YAML alias or
   * anchor (`*紧急*` written for emphasis), which drafting never needs; `unclosed`: an opening `---` with
   * no closing one; `yaml`: any other YAML error (`message` is the YAML parser's).
   */
  error?: {kind: 'yaml' | 'alias' | 'unclosed'; message: string; at: Point}
  /** Position of each top-level key (the key and its value). */
  keys: Record<string, Span>
}

export interface Comment extends Located {
  /** The comment's content with `<!--` `-->` removed and trimmed. */
  content: string
}

export type NoticeKind = 'notice' | 'order' | 'report' | 'announcement' | 'empty'

export interface Notice {
  /** The text the positions refer to (BOM removed). */
  text: string
  /** Offsets of `text` to line/column points, built once with the model: rules use it, never their own. */
  locator: Locator
  kind: NoticeKind
  frontMatter?: FrontMatter
  units: Unit[]
  comments: Comment[]
  issuerHeader?: IssuerHeader
  title?: Title
  number?: DocNumber
  /** All lines shaped like a 发文字号 in the cover (the chosen one included). */
  numberCandidates: DocNumber[]
  addressee?: Addressee
  /** Unit index range of the body [first, last]; empty when first > last. */
  body: {firstUnit: number; lastUnit: number}
  attachmentNote?: AttachmentNote
  signature?: Signature
  date?: DocDate
  disclosureFlags: DisclosureFlag[]
  repealNotes: RepealNote[]
  citations: Citation[]
  items: NumberedItem[]
  annotations: ResponsibleAnnotation[]
  sections: Section[]
  /** Index of the first unit after the cover (the first enclosure or attachment), or units.length. */
  coverEnd: number
  /** Where a missing element belongs, for reporting: the point after the element before it. */
  anchors: {afterTitle: Point; afterNumber: Point; afterBody: Point; afterSignature: Point; afterDate: Point; start: Point; end: Point}
  /** The issuer the draft names: header, else title, else signature, else front matter. */
  issuer?: string
  /** Whether the kind of document needs a 发文字号 (not for 令, 公告, 政府工作报告). */
  numberRequired: boolean
  /** What a draft read from a Word document holds beyond its text; undefined for a Markdown draft. */
  word?: WordFacts
}

/**
 * What a Word document (`.docx`) records beyond the text its draft is read as (word/render.ts builds it):
 * positions are in that text, `paragraph` is the paragraph's number (第 N 段) in the document.
 */
export interface WordFacts {
  paragraphs: WordParagraphFacts[]
  /** Tracked changes still in the document, one entry per paragraph that has any (read as accepted). */
  revisions: WordRevisionFacts[]
  /** Paragraphs whose automatic numbering could not be printed: the draft is read without their marker. */
  numbering: WordNumberingFacts[]
}

/** A paragraph as Word lays it out; a property is set only where every run of it says the same, plainly. */
export interface WordParagraphFacts extends Located {
  paragraph: number
  /** The East Asian font of its Chinese text (`仿宋_GB2312`): unset where runs differ or a theme font applies. */
  font?: string
  /** Size in half-points (32 is 三号, 16 pt). */
  size?: number
  /** `RRGGBB`, or `auto` (Word's automatic colour); unset where a theme colour applies or runs differ. */
  colour?: string
  /** Centred (`w:jc` center). */
  centred: boolean
  /** In a table cell. */
  inTable: boolean
}

export interface WordRevisionFacts extends Located {
  paragraph: number
  /** Texts inserted and deleted, in order (as they would be accepted and rejected). */
  inserted: string[]
  deleted: string[]
  /** Changes of formatting, and of paragraph marks (a paragraph split or joined), counted. */
  formatting: number
  paragraphMarks: number
}

export interface WordNumberingFacts extends Located {
  paragraph: number
  /** `undefined`: the numbering the paragraph names is not defined; `format`: a number format that cannot be printed here. */
  problem: 'undefined' | 'format'
  format?: string
}
