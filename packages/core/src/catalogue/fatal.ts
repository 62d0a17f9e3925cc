/**
 * The `fatal` finding's words, by the step that failed (spec/rules.md, "Ids beyond the rules"): what failed,
 * why, and what to do, in Chinese and English. The engine fills them from its `Failure` data.
 */
import type {Entry} from './say.js'

const REPORT = {zh: '请将草稿与此信息报告给维护者', en: 'please report this with the draft to the maintainers'}

/** One entry per failed step but `word`, whose words come from the problem found (`wordReadReason`). */
export const FATAL = {
  config: {zh: '适用于本草稿的配置文件有误：{cause}', en: 'the config that applies to this draft cannot be used: {cause}'},
  read: {zh: '无法读取草稿（{cause}）：{advice}', en: 'cannot read the draft ({cause}): {advice}'},
  'not-text': {
    zh: '不是文本文件（第 {byte} 字节是 NUL 字节），已跳过：如果它不是草稿，请移出文件夹或在配置的 ignore 中排除；如果是旧编辑器存成 UTF-16/UTF-32 的草稿，请另存为 UTF-8',
    en: 'not a text file (a NUL byte at byte {byte}), skipped: if it is not a draft, move it out of the folder or add it to "ignore" in the config; a draft saved as UTF-16 or UTF-32 by an old editor can be saved again as UTF-8',
  },
  'too-large': {
    zh: '文件大小 {size}，超过 {limit} 的上限，已跳过：如确为一份草稿，请用 --max-file-size 调高上限',
    en: 'the file is {size}, over the limit of {limit}, skipped: if it really is one draft, raise the limit with --max-file-size',
  },
  nesting: {
    zh: '第 {line} 行嵌套了 {depth} 层引用（“>”）或列表，超过可检查的 {limit} 层，本草稿未检查：公文不需要这样的嵌套，请检查是否误粘贴了“>”或列表符号',
    en: 'line {line} is nested {depth} levels deep (block quotes ">" or list markers), more than the {limit} that can be checked, so the draft was not checked: a notice needs no such nesting; look for ">" or list markers pasted by mistake',
  },
  parse: {zh: `无法将草稿解析为 Markdown（{cause}），${REPORT.zh}`, en: `cannot parse the draft as Markdown ({cause}); ${REPORT.en}`},
  model: {zh: `无法识别公文要素（{cause}），${REPORT.zh}`, en: `cannot read the notice's elements ({cause}); ${REPORT.en}`},
  rule: {zh: `规则 {rule} 检查本草稿时出错（{cause}），其他规则照常检查；${REPORT.zh}`, en: `rule {rule} failed on this draft ({cause}); the other rules ran; ${REPORT.en}`},
  lint: {zh: `本草稿未能完成检查（{cause}），${REPORT.zh}`, en: `the draft could not be checked ({cause}); ${REPORT.en}`},
  worker: {
    zh: `检查本草稿的工作线程意外退出（{cause}），本草稿未检查，其他草稿照常检查；${REPORT.zh}`,
    en: `the worker thread checking this draft stopped ({cause}), so the draft was not checked; the other drafts were; ${REPORT.en}`,
  },
} satisfies Record<string, Entry>

export type FatalStep = keyof typeof FATAL | 'word'
