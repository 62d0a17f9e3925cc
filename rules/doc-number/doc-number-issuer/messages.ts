export const description = {
  zh: '发文字号的机关代字须属于文稿所署的发文机关（依县级配置）；函可用该机关“…发”代字对应的函字号（陵政办发 → 陵政办函）',
  en: 'The 机关代字 of the document number belongs to the issuer the draft names (per the county profile); a 函 may use the 函 series of its …发 代字 (陵政办发 → 陵政办函)',
}

export const messages = {
  'wrong-prefix': {
    zh: '发文字号的代字“{prefix}”不属于发文机关“{issuer}”：应使用{expected}',
    en: 'The prefix "{prefix}" of the document number does not belong to the issuer "{issuer}": use {expected}',
  },
  'letter-series': {
    zh: '“{prefix}”是“{issuer}”的函字号，本县公报中该机关的其他公文编{expected}：本件若是函，标题应以“函”结尾，否则应使用{expected}',
    en: '"{prefix}" is the letter (函) series of "{issuer}", whose other documents the gazettes number {expected}: title the draft as a 函, or use {expected}',
  },
  'unknown-prefix': {
    zh: '发文字号的代字“{prefix}”不是{county}任何发文机关的代字：本县代字为{expected}',
    en: 'The prefix "{prefix}" is not the prefix of any issuer of {county}: its prefixes are {expected}',
  },
}
