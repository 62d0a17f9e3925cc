export const description = {
  zh: '标题为“关于……的”加公文文种（决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要），末尾不加标点；“关于印发……的通知”须有印发的文件',
  en: 'The title reads 关于……的 plus one of the 15 document types of the 条例, has no trailing punctuation, and a 关于印发……的通知 issues a document',
}

export const messages = {
  missing: {
    zh: '未找到标题：标题应写成一级标题“# 关于……的通知”',
    en: 'No title found: write the title as a level-1 heading "# 关于……的通知"',
  },
  'not-heading': {
    zh: '标题应写成一级标题：“# {title}”',
    en: 'Write the title as a level-1 heading: "# {title}"',
  },
  'trailing-punctuation': {
    zh: '标题末尾不加标点符号：删去“{punctuation}”',
    en: 'No punctuation at the end of the title: remove "{punctuation}"',
  },
  'no-about': {
    zh: '标题应采用“关于……的{docType}”的形式，“{title}”未以“关于”开头',
    en: 'The title reads 关于……的{docType}: "{title}" does not start with 关于',
  },
  'no-doc-type': {
    zh: '标题应以公文文种结尾（决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要），“{title}”不符合',
    en: 'The title must end with a document type of the 条例 (决议, 决定, 命令（令）, 公报, 公告, 通告, 意见, 通知, 通报, 报告, 请示, 批复, 议案, 函, 纪要): "{title}" does not',
  },
  'no-de': {
    zh: '标题应采用“关于……的{docType}”的形式：文种“{docType}”前应有“的”',
    en: 'The title reads 关于……的{docType}: put 的 before "{docType}"',
  },
  'issue-attachments-only': {
    zh: '标题为“关于印发……的通知”，但通知本身即是内容，正文中没有“现印发给你们”等印发语，附件只是附带材料',
    en: 'The title says 印发 (issuing a document), but the notice is itself the content: no issuing clause (现印发给你们) in the body, and the attachments are only supporting material',
  },
  'issue-without-enclosure': {
    zh: '标题为“关于印发……的通知”，但通知之后没有印发的文件，也没有附件说明',
    en: 'The title says 印发 (issuing a document), but no enclosed document and no attachment note follows the notice',
  },
  'enclosure-without-issue': {
    zh: '通知印发了《{enclosure}》，标题应为“关于印发……的通知”',
    en: 'The notice issues 《{enclosure}》: the title should read 关于印发……的通知',
  },
}
