export const description = {
  zh: '“一、”“（一）”“1.”“（1）”各级序号在其上级之下依次编排，不跳号、不重号，同一层级写法一致',
  en: 'Items numbered 一、 （一） 1. （1） run without gaps or repeats under their parent, one style per level',
}

export const messages = {
  first: {
    zh: '同级第一项的序号应为“{expected}”，不是“{actual}”',
    en: 'The first item of this level is numbered "{expected}", not "{actual}"',
  },
  'first-or-continue': {
    zh: '同级第一项的序号应为“{expected}”，或接续前一组的“{previous}”编为“{continued}”，不是“{actual}”',
    en: 'The first item of this level is numbered "{expected}", or "{continued}" to continue from "{previous}", not "{actual}"',
  },
  gap: {
    zh: '序号不连续：“{previous}”之后应为“{expected}”，不是“{actual}”',
    en: 'The numbering skips: "{expected}" follows "{previous}", not "{actual}"',
  },
  repeat: {
    zh: '序号重复或倒退：“{previous}”之后应为“{expected}”，不是“{actual}”',
    en: 'The numbering repeats or goes back: "{expected}" follows "{previous}", not "{actual}"',
  },
  style: {
    zh: '同一层级的序号写法应一致：本文用“{canonical}”，此处应为“{expected}”，不是“{actual}”',
    en: 'One style per level: this document numbers with "{canonical}", so write "{expected}", not "{actual}"',
  },
}
