import type {CleanLine} from './normalize/lines.js'

/** `notice`: a numbered 通知; `order`: the unnumbered 令; `report`: the 政府工作报告. */
export type DocumentKind = 'notice' | 'order' | 'report'

export type BlockKind =
  | 'issuer'
  | 'title'
  | 'subtitle'
  | 'number'
  | 'addressee'
  | 'paragraph'
  | 'attachment-note'
  | 'signature'
  | 'date'
  | 'flag'
  | 'note'
  | 'enclosure-title'
  | 'attachment-label'
  | 'attachment-title'

/** One element of a notice as the draft shows it, with the physical lines it came from. */
export interface Block {
  kind: BlockKind
  /** The element's text. Multi-line only for an `attachment-note` (its items, one per line). */
  text: string
  startLine: number
  endLine: number
}

/** One notice (or the 令, or the report) cut out of a gazette. */
export interface SplitDocument {
  /** File alias the caller gave (`000` … `004`). */
  source: string
  /** 1-based position in its gazette. */
  index: number
  kind: DocumentKind
  /** First physical line (the issuer header, or the title of the 令 / report), 1-based. */
  startLine: number
  /** Last non-blank physical line before the next document (or the back matter). */
  endLine: number
  /** The issuer header as printed (the 令: the issuer its title names). */
  issuer?: string
  /** Physical line of the 发文字号. */
  numberLine?: number
  /** 发文字号 as printed, spaces kept (`沁政办发〔2021〕17 号`). */
  number?: string
  /** 发文字号 without whitespace (`沁政办发〔2021〕17号`). */
  canonicalNumber?: string
  /** The title on one line (wrapped lines and letter-spaced `通 知` joined). */
  title: string
  /** 成文日期 as printed, spaces kept (`2022 年3月25日`). */
  date?: string
  dateLine?: number
  /** The disclosure flag as printed, when there is one. */
  flag?: string
  /** The cleaned lines of the document (artifacts removed, bold un-doubled). */
  lines: CleanLine[]
  /** The document's elements in printed order. */
  blocks: Block[]
}

export interface SplitOptions {
  /** File alias recorded in every document (`000`). */
  source: string
}
