export const description = {
  zh: '同一上级标题下同一层级的任务多数标注了责任单位时，未标注的任务须补上',
  en: 'Where most sibling task items carry a responsible-unit annotation, each sibling without one is flagged',
}

export const messages = {
  missing: {
    zh: '同级任务多数标注了责任单位（{total}项中的{count}项），此项“{marker}”未标注',
    en: 'Most sibling tasks name their responsible units ({count} of {total}); item "{marker}" does not',
  },
}
