export const description = {
  zh: 'Word 草稿中没有未处理的修订（检查时按全部接受读取）',
  en: 'A Word draft has no tracked changes left (they are read as if all were accepted)',
}

export const messages = {
  inserted: {
    zh: '本段仍有 {count} 处未处理的修订，如插入“{text}”：已按全部接受检查；印发前请在 Word 的“审阅”中接受或拒绝全部修订',
    en: 'This paragraph still has {count} tracked change(s), such as the insertion "{text}": it was checked as if all were accepted; accept or reject every change (Review in Word) before the notice is issued',
  },
  deleted: {
    zh: '本段仍有 {count} 处未处理的修订，如删除“{text}”：已按全部接受检查；印发前请在 Word 的“审阅”中接受或拒绝全部修订',
    en: 'This paragraph still has {count} tracked change(s), such as the deletion "{text}": it was checked as if all were accepted; accept or reject every change (Review in Word) before the notice is issued',
  },
  formatting: {
    zh: '本段仍有 {count} 处未处理的修订（格式或分段的修改）：已按全部接受检查；印发前请在 Word 的“审阅”中接受或拒绝全部修订',
    en: 'This paragraph still has {count} tracked change(s) of formatting or paragraphs: it was checked as if all were accepted; accept or reject every change (Review in Word) before the notice is issued',
  },
}
