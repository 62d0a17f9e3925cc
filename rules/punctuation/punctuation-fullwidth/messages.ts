export const description = {
  zh: '中文文本中使用全角标点：不用半角“, : ; ( ) ?”；括号等成对标点须配对',
  en: 'Chinese text uses full-width punctuation, not the half-width , : ; ( ) ?, and paired marks are balanced',
}

export const messages = {
  halfwidth: {
    zh: '中文文本中应使用全角“{expected}”，不用半角“{actual}”',
    en: 'Use the full-width "{expected}" in Chinese text, not the half-width "{actual}"',
  },
  'halfwidth-brackets': {
    zh: '中文文本中应使用全角括号“（）”，不用半角“()”',
    en: 'Use full-width brackets "（）" in Chinese text, not "()"',
  },
  mismatched: {
    zh: '括号不配对：“{open}”与“{close}”应同为全角“（）”',
    en: 'Mismatched brackets: "{open}" and "{close}" should both be full-width "（）"',
  },
  unbalanced: {
    zh: '“{mark}”没有与之配对的“{partner}”',
    en: '"{mark}" has no matching "{partner}"',
  },
}
