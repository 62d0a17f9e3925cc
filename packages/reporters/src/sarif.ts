import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import {paragraphLabel} from '@gazette-lint/core'
import {
  absolutePathOf,
  fixOf,
  isWordDraft,
  paragraphSpanOfMessage,
  INFORMATION_URI,
  packageVersion,
  repositoryPath,
  rootOf,
  ruleIdOf,
  rulesFor,
  severityOf,
  spanOf,
  TOOL_NAME,
  type Message,
  type Reporter,
  type ReportRule,
  type SeverityName,
} from './common.js'

/** SARIF levels: `info` has none of its own and is a `note`. */
export const SARIF_LEVEL: Record<SeverityName, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const SRCROOT = '%SRCROOT%'
const WORD_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The IANA name of each encoding the loader decodes (SARIF `artifact.encoding`). */
const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  gb18030: 'GB18030',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
}

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
  index?: number
}

/** A relative path as a URI reference: each segment percent-encoded (Chinese file names included). */
function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/')
}

function artifactLocationOf(file: VFile, root: string): ArtifactLocation {
  const relative = repositoryPath(file, root)
  if (relative !== undefined) return {uri: encodePath(relative), uriBaseId: SRCROOT}
  const absolute = absolutePathOf(file)
  // Outside the repository: an absolute file URI (GitHub cannot place it, other viewers can).
  return absolute ? {uri: pathToFileURL(absolute).href} : {uri: 'stdin'}
}

function descriptorOf(rule: ReportRule) {
  const tags = [TOOL_NAME, ...(rule.family ? [rule.family] : []), ...(rule.fixable ? ['fixable'] : [])]
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: {text: rule.description.zh},
    fullDescription: {text: rule.description.zh === rule.description.en ? rule.description.zh : `${rule.description.zh}\n${rule.description.en}`},
    helpUri: rule.url,
    help: {text: `${rule.description.zh}\n${rule.description.en}\n${rule.url}`, markdown: `${rule.description.zh}\n\n${rule.description.en}\n\n[${rule.id}](${rule.url})`},
    defaultConfiguration: {level: SARIF_LEVEL[rule.severity]},
    properties: {tags},
  }
}

function regionOf(message: Message) {
  const span = spanOf(message)
  // GitHub code scanning needs at least `startLine`; a finding about the whole draft points at line 1.
  if (!span) return {startLine: 1}
  const region: Record<string, number> = {startLine: span.line}
  if (span.column) region.startColumn = span.column
  if (span.endLine) region.endLine = span.endLine
  if (span.endColumn) region.endColumn = span.endColumn
  return region
}

/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run, the full rule table in
 * `tool.driver.rules`, a result per message with its region and, for fixable findings, its fix. A Word
 * draft's result has its region in the draft's Markdown rendering and a logical location naming the
 * paragraph (`第 5 段`, with the character within it), and no fix.
 */
export const sarif: Reporter = (files, context) => {
  const root = rootOf(context)
  const rules = rulesFor(files, context)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const artifacts = files.map((file) => {
    // A Word draft's regions are lines of its Markdown rendering (what `gazette-lint convert` writes); its
    // logical locations name the paragraph.
    if (isWordDraft(file)) return {location: artifactLocationOf(file, root), mimeType: WORD_MIME_TYPE, properties: {regions: 'markdown-rendering'}}
    const encoding = ENCODINGS[String(file.data.encoding ?? 'utf-8')]
    return {
      location: artifactLocationOf(file, root),
      mimeType: 'text/markdown',
      sourceLanguage: 'markdown',
      ...(encoding ? {encoding} : {}),
    }
  })

  const results = files.flatMap((file, artifactIndex) => {
    const artifactLocation: ArtifactLocation = {...artifacts[artifactIndex].location, index: artifactIndex}
    return file.messages.map((message) => {
      const ruleId = ruleIdOf(message)
      // A fix edits the rendering of a Word draft, never the document: none is offered to apply.
      const fix = isWordDraft(file) ? undefined : fixOf(message)
      const paragraph = paragraphSpanOfMessage(message, file)
      const logicalLocations = paragraph
        ? [{name: `第 ${paragraph.start.paragraph} 段`, fullyQualifiedName: paragraphLabel(paragraph.start, 'zh'), kind: 'element', properties: {paragraph: paragraph.start.paragraph, character: paragraph.start.character}}]
        : undefined
      return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        level: SARIF_LEVEL[severityOf(message)],
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation, region: regionOf(message)}, ...(logicalLocations ? {logicalLocations} : {})}],
        ...(fix
          ? {
              fixes: [
                {
                  description: {text: `gazette-lint fix (${ruleId})`},
                  artifactChanges: [
                    {
                      artifactLocation,
                      // Offsets are JavaScript string offsets (UTF-16 code units) into the *decoded*
                      // text of the draft (after GB18030/UTF-16 decoding, without a BOM), not byte
                      // offsets into the file: hence `columnKind: utf16CodeUnits` on the run.
                      replacements: [
                        {
                          deletedRegion: {charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0]},
                          insertedContent: {text: fix.text},
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      }
    })
  })

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            informationUri: INFORMATION_URI,
            version: context.version ?? packageVersion(),
            rules: rules.map(descriptorOf),
          },
        },
        // Where %SRCROOT% is on the machine that ran the linter (viewers use it to open the files).
        originalUriBaseIds: {[SRCROOT]: {uri: pathToFileURL(root).href.replace(/\/?$/, '/')}},
        artifacts,
        results,
        // Columns and char offsets count UTF-16 code units, as JavaScript strings (and vfile) do.
        columnKind: 'utf16CodeUnits',
        // Lines end where micromark and vfile end them.
        newlineSequences: ['\r\n', '\n', '\r'],
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
