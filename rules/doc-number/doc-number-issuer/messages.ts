export const description = {
  zh: '发文字号的机关代字须属于文稿所署的发文机关（依县级配置）',
  en: 'The 机关代字 of the document number belongs to the issuer the draft names (per the county profile)',
}

export const messages = {
  'wrong-prefix': {
    zh: '发文字号的代字“{prefix}”不属于发文机关“{issuer}”：应使用{expected}',
    en: 'The prefix "{prefix}" of the document number does not belong to the issuer "{issuer}": use {expected}',
  },
  'unknown-prefix': {
    zh: '发文字号的代字“{prefix}”不是{county}任何发文机关的代字：本县代字为{expected}',
    en: 'The prefix "{prefix}" is not the prefix of any issuer of {county}: its prefixes are {expected}',
  },
}
