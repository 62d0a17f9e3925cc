/** `gazette-lint split` and `gazette-lint learn`: from published gazettes to drafts and to a county profile. */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {readDraft, type Lang} from '@gazette-lint/core'
import {splitGazette, writeDrafts} from '@gazette-lint/gazette'
import {InvalidProfileError, learnFromFiles, writeProfile} from '@gazette-lint/learn'
import {UsageError} from './args.js'
import type {Io} from './io.js'

export const SUBCOMMANDS = new Set(['split', 'learn'])

const HELP: Record<'split' | 'learn', Record<Lang, string>> = {
  split: {
    zh: `用法：gazette-lint split <公报.txt>... --out <文件夹>

将公报文本（PDF 提取的纯文本）切分为一篇篇公文，每篇写成一份 Markdown 草稿。
`,
    en: `Usage: gazette-lint split <gazette.txt>... --out <folder>

Splits gazettes (text extracted from the PDF) into their notices and writes each as a Markdown draft.
`,
  },
  learn: {
    zh: `用法：gazette-lint learn <公报.txt|草稿.md>... --out <profile.json> [--id <标识>] [--county <县名>]

从已发布的公报（或草稿）中归纳一个县的配置：发文机关及其机关代字、公开属性用语、责任单位写法、
单位与乡镇名录（含出现次数）、已发文件登记（含废止说明中引用的文号）。
在 .gazettelintrc.json 中写 "profile": "./profile.json" 即可使用。
`,
    en: `Usage: gazette-lint learn <gazette.txt|draft.md>... --out <profile.json> [--id <id>] [--county <name>]

Learns a county profile from its published gazettes (or drafts): issuers and their 代字, disclosure
literals, annotation forms, the gazetteer of units and towns with counts, and the registry of published
documents (numbers cited in repeal notes too). Use it with "profile": "./profile.json" in .gazettelintrc.json.
`,
  },
}

export async function runSubcommand(name: 'split' | 'learn', argv: string[], io: Io, lang: Lang): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: {type: 'string', short: 'o'},
      id: {type: 'string'},
      county: {type: 'string'},
      lang: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  })
  if (values.help) {
    io.stdout(HELP[name][lang])
    return 0
  }
  if (positionals.length === 0) throw new UsageError(`${name}: name at least one input file`)
  if (!values.out) throw new UsageError(`${name}: --out is required`)
  const out = path.resolve(io.cwd, values.out)
  if (name === 'split') {
    let written = 0
    for (const input of positionals) {
      const file = await readInput(input, io)
      const alias = path.basename(input).replace(/\.[^.]+$/, '').replace(/^(\d+)_.*$/, '$1')
      const documents = splitGazette(String(file.value), {source: alias})
      if (documents.length === 0) {
        io.stderr(lang === 'en' ? `gazette-lint split: no notice found in ${input}\n` : `gazette-lint split：${input} 中未找到公文\n`)
        continue
      }
      written += (await writeDrafts(documents, out)).length
    }
    io.stdout(lang === 'en' ? `${written} drafts written to ${path.relative(io.cwd, out) || '.'}\n` : `已写出 ${written} 份草稿到 ${path.relative(io.cwd, out) || '.'}\n`)
    return written > 0 ? 0 : 1
  }
  for (const input of positionals) await readInput(input, io)
  const id = values.id ?? path.basename(out).replace(/\.json$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-|-$/g, '')
  if (!/^[a-z0-9-]+$/.test(id)) throw new UsageError(`learn: --id must be lower-case letters, digits and hyphens (e.g. --id lingchuan), not "${id}"`)
  try {
    const profile = await learnFromFiles(positionals, {id, county: values.county}, io.cwd)
    writeProfile(profile, out)
    io.stdout(
      lang === 'en'
        ? `profile ${profile.county} (${id}): ${profile.issuers.length} issuers, ${profile.units.length} units, ${profile.towns.length} towns, ${profile.registry.length} registry entries → ${path.relative(io.cwd, out)}\n`
        : `已生成 ${profile.county}（${id}）配置：发文机关 ${profile.issuers.length} 个，单位 ${profile.units.length} 个，乡镇 ${profile.towns.length} 个，登记文件 ${profile.registry.length} 件 → ${path.relative(io.cwd, out)}\n`,
    )
    return 0
  } catch (error) {
    if (error instanceof InvalidProfileError) {
      io.stderr(`gazette-lint learn: ${lang === 'en' ? 'could not learn a valid profile' : '未能归纳出有效配置'}: ${error.message}\n`)
      return 1
    }
    throw error
  }
}

async function readInput(input: string, io: Io) {
  try {
    return await readDraft(input, io.cwd)
  } catch (error) {
    throw new UsageError(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}
