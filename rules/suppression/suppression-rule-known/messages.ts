export const description = {
  zh: '抑制注释（gazette-lint-disable 等）中写的每个规则 id 都是 gazette-lint 的规则',
  en: 'Every rule id a suppression comment (gazette-lint-disable and the like) names is a rule of gazette-lint',
}

export const messages = {
  unknown: {
    zh: '抑制注释中的“{id}”不是 gazette-lint 的规则，这条注释对它不起作用；规则 id 见 README 的规则表',
    en: '"{id}" in this suppression comment is not a rule of gazette-lint, so the comment silences nothing for it; the README lists the rule ids',
  },
  suggestion: {
    zh: '抑制注释中的“{id}”不是 gazette-lint 的规则，这条注释对它不起作用；是否要写“{suggestion}”？',
    en: '"{id}" in this suppression comment is not a rule of gazette-lint, so the comment silences nothing for it; did you mean "{suggestion}"?',
  },
}
