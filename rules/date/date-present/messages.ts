export const description = {
  zh: '署名之后须紧接成文日期',
  en: 'The date (成文日期) stands right after the signature',
}

export const messages = {
  missing: {
    zh: '缺少成文日期：署名之后应另起一行写成文日期，如“2025年2月20日”',
    en: 'The date (成文日期) is missing: write it on its own line right after the signature, as 2025年2月20日',
  },
  'same-line': {
    zh: '成文日期“{date}”与署名写在同一行：应在署名之后另起一行写成文日期',
    en: 'The date "{date}" is typed on the signature\'s line: put it on a line of its own right after the signature',
  },
  misplaced: {
    zh: '成文日期“{date}”位置不对：应紧接在署名之后另起一行',
    en: 'The date "{date}" is misplaced: it belongs on its own line right after the signature',
  },
}
