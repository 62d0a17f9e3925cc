export const description = {
  zh: '责任单位标注中的单位须为本县公报印过的名称（单位名录）；从未印过的名称给出最接近的已知名称',
  en: 'Every unit named in a responsible-unit annotation is one the county\'s gazettes printed (its gazetteer); a name never printed gets the nearest known names',
}

export const messages = {
  unknown: {
    zh: '“{unit}”不在{county}单位名录中',
    en: '"{unit}" is not in the unit gazetteer of {county}',
  },
  suggestion: {
    zh: '“{unit}”不在{county}单位名录中，是否应为{suggestions}？',
    en: '"{unit}" is not in the unit gazetteer of {county}: did you mean {suggestions}?',
  },
}
