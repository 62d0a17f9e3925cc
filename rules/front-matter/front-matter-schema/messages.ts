export const description = {
  zh: '前置元数据须为合法的 YAML，符合项目的 JSON schema，且每个键与正文一致',
  en: 'The front matter is valid YAML, validates against the project JSON schema, and every key agrees with the body',
}

export const messages = {
  yaml: {
    zh: '前置元数据不是合法的 YAML：{message}',
    en: 'The front matter is not valid YAML: {message}',
  },
  alias: {
    zh: '前置元数据中有 YAML 别名或锚点“{message}”：公文不需要这种写法；如果是想强调，请去掉“*”“&”，或给整个值加引号',
    en: 'The front matter holds a YAML alias or anchor "{message}": drafts need none; if it is meant as emphasis, drop the "*" and "&", or quote the whole value',
  },
  unclosed: {
    zh: '第 1 行的“---”开始了前置元数据，但没有用“---”结束：请在各键之后加一行“---”；正文已照常检查',
    en: 'The "---" on line 1 opens front matter that no "---" closes: add a "---" line after the keys; the body was checked as it stands',
  },
  'unknown-key': {
    zh: '前置元数据中不允许键“{key}”（{path}）：可用的键为 issuer、title、number、date、disclosure、type、repeals',
    en: 'Unknown front matter key "{key}" ({path}): the keys are issuer, title, number, date, disclosure, type, repeals',
  },
  'unknown-entry-key': {
    zh: '前置元数据 repeals 的条目中不允许键“{key}”（{path}）：可用的键为 title、number、date',
    en: 'Unknown key "{key}" in a front matter repeals entry ({path}): the keys are title, number, date',
  },
  enum: {
    zh: '前置元数据 {path} 的值“{value}”应为{allowed}之一',
    en: 'Front matter {path} is "{value}"; it must be one of {allowed}',
  },
  pattern: {
    zh: '前置元数据 {path} 的值“{value}”应写作 {format}',
    en: 'Front matter {path} is "{value}"; write it as {format}',
  },
  type: {
    zh: '前置元数据 {path} 的值类型不对：应为{type}',
    en: 'Front matter {path} has the wrong type: it must be {type}',
  },
  'too-short': {
    zh: '前置元数据 {path} 的值过短：至少应有{limit}个字',
    en: 'Front matter {path} is too short: at least {limit} characters',
  },
  required: {
    zh: '前置元数据 {path} 缺少键“{key}”',
    en: 'Front matter {path} lacks the key "{key}"',
  },
  schema: {
    zh: '前置元数据 {path} 不符合 schema：{message}',
    en: 'Front matter {path} does not validate: {message}',
  },
  issuer: {
    zh: '前置元数据 issuer“{value}”与发文机关标志“{body}”不一致',
    en: 'Front matter issuer "{value}" disagrees with the issuer header "{body}"',
  },
  title: {
    zh: '前置元数据 title“{value}”与标题“{body}”不一致',
    en: 'Front matter title "{value}" disagrees with the title "{body}"',
  },
  number: {
    zh: '前置元数据 number“{value}”与发文字号“{body}”不一致',
    en: 'Front matter number "{value}" disagrees with the document number "{body}"',
  },
  date: {
    zh: '前置元数据 date“{value}”与成文日期“{body}”不一致',
    en: 'Front matter date "{value}" disagrees with the date "{body}"',
  },
  disclosure: {
    zh: '前置元数据 disclosure“{value}”与公开属性“{body}”不一致',
    en: 'Front matter disclosure "{value}" disagrees with the disclosure flag "{body}"',
  },
  doctype: {
    zh: '前置元数据 type“{value}”与标题的文种“{body}”不一致',
    en: 'Front matter type "{value}" disagrees with the document type of the title "{body}"',
  },
}
