export const description = {
  zh: '标题之后须有发文字号（令、公告、政府工作报告除外）',
  en: 'A document number (发文字号) stands right after the title (not for 令, 公告, 政府工作报告)',
}

export const messages = {
  missing: {
    zh: '缺少发文字号：标题之后应另起一行写发文字号，如“代字〔年份〕序号号”',
    en: 'The document number (发文字号) is missing: write it on its own line right after the title, as 代字〔YYYY〕N号',
  },
  'missing-example': {
    zh: '缺少发文字号：标题之后应另起一行写发文字号，如“{example}”',
    en: 'The document number (发文字号) is missing: write it on its own line right after the title, as {example}',
  },
  misplaced: {
    zh: '发文字号“{number}”位置不对：应紧接在标题之后另起一行（或按版头写在标题之上、发文机关标志之下）',
    en: 'The document number "{number}" is misplaced: it belongs on its own line right after the title (or above it, under the issuer header, as the 版头 prints it)',
  },
}
