export const description = {
  zh: '责任单位标注中的单位须为本县单位名录中的名称，不认识的名称给出最接近的已知名称',
  en: 'Every unit named in a responsible-unit annotation is in the county gazetteer; an unknown one gets the nearest known names',
}

export const messages = {
  unknown: {
    zh: '“{unit}”不在{county}单位名录中',
    en: '"{unit}" is not in the unit gazetteer of {county}',
  },
  variant: {
    zh: '“{unit}”在{county}公报中仅见 {count} 次，通常写作“{usual}”（{usualCount} 次），是否应为“{usual}”？',
    en: '"{unit}" appears only {count} time(s) in the gazettes of {county}, which usually write "{usual}" ({usualCount} times): did you mean "{usual}"?',
  },
  suggestion: {
    zh: '“{unit}”不在{county}单位名录中，是否应为{suggestions}？',
    en: '"{unit}" is not in the unit gazetteer of {county}: did you mean {suggestions}?',
  },
}
