/**
 * The `.gazettelintrc.yaml` that `gazette-lint init` writes: YAML so that it can carry comments, since the
 * person who reads it next is a clerk checking the issuers, not a programmer; every key it sets is explained
 * where it stands, and the keys it leaves alone are there commented out, ready to be switched on.
 */
import type {ConfigIssuer, Lang} from '@gazette-lint/core'

export const SCHEMA_URL = 'https://github.com/gazette-lint/gazette-lint/blob/main/schemas/config.schema.json'

/** Where the county's profile comes from. */
export type CountySource =
  | {kind: 'shipped'; county: string}
  | {kind: 'learnt'; county: string; profileFile: string; fromDrafts: boolean}
  | {kind: 'config'; county: string; issuers: ConfigIssuer[]}

/** A YAML scalar: plain where it reads the same (`阳城县`, `./profile.json`), else double-quoted. */
function scalar(value: string): string {
  return /^[\p{Script=Han}A-Za-z0-9_./〔〕（）-]+$/u.test(value) && !/^[-.]/.test(value) && !/^(?:true|false|null|yes|no|on|off|~|\d+)$/i.test(value) ? value : JSON.stringify(value)
}

const TEXT = {
  zh: {
    head: (county: string) => [`# gazette-lint 检查配置：${county}`, '# 由 gazette-lint init 生成。每一项的说明见 README 的“Configuration”一节和 docs/起草指南.md。'],
    root: ['# 本文件夹及其下各文件夹中的草稿都按本配置检查；上级文件夹中的配置不再生效。'],
    shipped: (county: string) => [`# 本县使用随 gazette-lint 附带的${county}县级配置（发文机关、机关代字、单位名录、已发布文件登记）。`],
    learnt: (fromDrafts: boolean) => [
      '# 本县的县级配置（发文机关、机关代字、单位名录、已发布文件登记）由 gazette-lint init 归纳，写在本文件旁。',
      fromDrafts ? '# 其中草稿只用于归纳写法，未登记为已发布文件。' : '# 有新的已发布公报时，可用 gazette-lint learn 重新归纳。',
    ],
    county: ['# 本县县名。本县没有随附的县级配置，发文机关等信息由本文件提供。'],
    issuers: (county: string) => [
      '# 发文机关及其机关代字（发文字号中〔年份〕前面的部分）。',
      `# 以下按各县的惯例推断（如 陵川县人民政府：陵政发；陵川县人民政府办公室：陵政办发），`,
      `# 请对照${county}已发布的文件核对、改正；其他发文机关（如县直部门）可照样添加。`,
    ],
    addIssuers: ['# 如需补充发文机关及其机关代字（如县直部门），在此添加：'],
    units: [
      '# 补充单位和乡镇名称（用于检查责任单位标注中的单位名称）。',
      '# 没有单位名录时不检查单位名称；可用 gazette-lint learn 从已发布的公报归纳完整名录。',
    ],
    registry: ['# 已发布文件所在的文件夹（用于检查发文字号重号和废止说明）；已发布的文件不作为草稿检查。'],
    stage: ['# 检查阶段：draft（起草，发文字号、成文日期可留待填写）或 publish（签发前，必须填全）。'],
    lang: ['# 提示语言：zh（中文，默认）或 en（英文）。'],
    rules: ['# 调整个别规则的级别：error（错误）、warning（警告）、info（提示）或 off（关闭）。'],
  },
  en: {
    head: (county: string) => [`# gazette-lint config: ${county}`, '# Written by gazette-lint init. The README ("Configuration") and docs/drafting-guide.md explain each key.'],
    root: ['# The drafts in this folder and the folders below it are checked with this config; configs above it no longer apply.'],
    shipped: (county: string) => [`# The county uses the profile of ${county} shipped with gazette-lint (issuers, 代字, gazetteer, registry).`],
    learnt: (fromDrafts: boolean) => [
      '# The county profile (issuers, 代字, gazetteer, registry) was learnt by gazette-lint init and written beside this file.',
      fromDrafts ? '# Drafts among the input were learnt from for the conventions only, never registered as published.' : '# Learn it again with gazette-lint learn when new gazettes are published.',
    ],
    county: ['# The county. It has no shipped profile: this file names its issuers.'],
    issuers: (county: string) => [
      '# The issuers and their 代字 (the part of a document number before 〔year〕).',
      '# Inferred as counties write them (陵川县人民政府: 陵政发; 陵川县人民政府办公室: 陵政办发):',
      `# check them against what ${county} has published and correct them; add other issuers (county departments) the same way.`,
    ],
    addIssuers: ['# More issuers and their 代字 (county departments), if needed:'],
    units: ['# More unit and town names for the gazetteer (checks the units named in responsible-unit annotations).', '# Without a gazetteer unit names are not checked; gazette-lint learn builds one from published gazettes.'],
    registry: ['# Folders of published documents (for duplicated numbers and repeal notes); published documents are not checked as drafts.'],
    stage: ['# The stage: draft (the number and the date may wait to be filled in) or publish (before signing: all filled in).'],
    lang: ['# Language of the messages: zh (Chinese, the default) or en.'],
    rules: ['# A rule\'s severity: error, warning, info or off.'],
  },
} satisfies Record<Lang, unknown>

/** The config's text for a county, with comments in the given language. */
export function configText(source: CountySource, lang: Lang): string {
  const text = TEXT[lang]
  const lines: string[] = [`# yaml-language-server: $schema=${SCHEMA_URL}`, ...text.head(source.county), '', ...text.root, 'root: true', '']
  if (source.kind === 'shipped') lines.push(...text.shipped(source.county), `profile: ${scalar(source.county)}`, '')
  if (source.kind === 'learnt') lines.push(...text.learnt(source.fromDrafts), `profile: ${scalar(source.profileFile)}`, '')
  if (source.kind === 'config') {
    lines.push(...text.county, `county: ${scalar(source.county)}`, '', ...text.issuers(source.county), 'issuers:')
    for (const issuer of source.issuers) lines.push(`  - name: ${scalar(issuer.name)}`, `    prefixes: [${issuer.prefixes.map(scalar).join(', ')}]`)
    lines.push('')
  } else {
    lines.push(...text.addIssuers, '# issuers:', `#   - name: ${source.county}发展和改革局`, `#     prefixes: [${source.county.slice(0, 1)}发改发]`, '')
  }
  lines.push(...text.units, '# units:', '#   - 县数据局', '# towns:', '#   - 城关镇', '')
  lines.push(...text.registry, '# registry:', '#   - published/', '# ignore:', '#   - published/**', '')
  lines.push(...text.stage, '# stage: draft', '')
  lines.push(...text.lang, lang === 'en' ? 'lang: en' : '# lang: zh', '')
  lines.push(...text.rules, '# rules:', '#   responsible-unit-known: warning', '#   date-valid: error')
  return lines.join('\n') + '\n'
}

/**
 * The issuers of a county without a profile, as the counties of the corpus name them: the county's people's
 * government and its office, with the 代字 of the county's first character (陵川县 → 陵政发, 陵政办发).
 */
export function inferredIssuers(county: string): ConfigIssuer[] {
  const first = [...county][0]
  return [
    {name: `${county}人民政府`, prefixes: [`${first}政发`]},
    {name: `${county}人民政府办公室`, prefixes: [`${first}政办发`]},
  ]
}
