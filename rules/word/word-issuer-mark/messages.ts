export const description = {
  zh: 'Word 草稿的发文机关标志（版头）为红色（仅在文档明确记录了颜色时提示）',
  en: 'The issuer mark (版头) of a Word draft is red (told only where the document records its colour)',
}

export const messages = {
  'not-red': {
    zh: '发文机关标志“{issuer}”的颜色为 {colour}，不是红色：GB/T 9704-2012 规定发文机关标志用红色',
    en: 'The issuer mark "{issuer}" is coloured {colour}, not red: GB/T 9704-2012 prints the issuer mark in red',
  },
  'not-red-auto': {
    zh: '发文机关标志“{issuer}”设为自动颜色（黑色），不是红色：GB/T 9704-2012 规定发文机关标志用红色',
    en: 'The issuer mark "{issuer}" is set in the automatic colour (black), not red: GB/T 9704-2012 prints the issuer mark in red',
  },
}
