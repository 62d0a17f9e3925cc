export const description = {
  zh: 'Word 草稿中每个自动编号都能确定印出的编号',
  en: 'Every automatic number of a Word draft can be told as printed',
}

export const messages = {
  undefined: {
    zh: '本段的自动编号在文档中没有定义，印出的编号无法确定，已按没有编号检查：请在 Word 中重新设置编号，或改为直接输入编号（如“一、”“（一）”）',
    en: 'The automatic numbering of this paragraph is not defined in the document, so its printed number cannot be told; it was checked without one: set the numbering again in Word, or type the number (such as "一、", "（一）")',
  },
  format: {
    zh: '本段的自动编号格式“{format}”无法确定印出的样子，已按没有编号检查：请改为直接输入编号（如“一、”“（一）”“1.”“（1）”）',
    en: 'The automatic numbering format "{format}" of this paragraph cannot be told as printed; it was checked without a number: type the number instead (such as "一、", "（一）", "1.", "（1）")',
  },
}
