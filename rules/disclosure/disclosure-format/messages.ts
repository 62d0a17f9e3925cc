export const description = {
  zh: '公开属性使用全角圆括号（），末尾不加句号；有县级配置的，须为本县公报使用的写法之一',
  en: 'The disclosure flag is in full-width （）, without a trailing 。; with a county profile, it is one of the county\'s literals',
}

export const messages = {
  brackets: {
    zh: '公开属性应使用全角圆括号（），不用“{open}{close}”：应为“{expected}”',
    en: 'The disclosure flag takes full-width brackets （）, not "{open}{close}": write "{expected}"',
  },
  'no-brackets': {
    zh: '公开属性应加全角圆括号：应为“{expected}”',
    en: 'The disclosure flag belongs in full-width brackets: write "{expected}"',
  },
  'trailing-stop': {
    zh: '公开属性末尾不加句号：应为“{expected}”',
    en: 'No full stop after the disclosure flag: write "{expected}"',
  },
  unknown: {
    zh: '“{flag}”不是{county}公报使用的公开属性写法，应为{allowed}之一',
    en: '"{flag}" is not a disclosure flag the gazettes of {county} use: use one of {allowed}',
  },
}
