export const description = {
  zh: '废止说明写作“原《标题》（发文字号）同时废止。”或“YYYY年M月D日[机关]印发的《标题》（发文字号）同时废止。”：标题加书名号，发文字号写明并用全角圆括号括入',
  en: 'A repeal note reads 原《title》（number）同时废止。 or YYYY年M月D日[issuer]印发的《title》（number）同时废止。: the title in 《》, the number given, in full-width （）',
}

export const messages = {
  'no-title': {
    zh: '废止说明只写了文号“{number}”：应写明被废止文件的标题，如“原《标题》（{number}）同时废止。”',
    en: 'The repeal note gives only the number "{number}": name the repealed document by its title, as in "原《标题》（{number}）同时废止。"',
  },
  'title-marks': {
    zh: '被废止文件的标题应加书名号：应为“《{title}》”',
    en: 'The title of the repealed document belongs in 《》: write "《{title}》"',
  },
  'no-number': {
    zh: '废止说明应写明被废止文件的发文字号，用全角圆括号括在标题之后：《{title}》（发文字号）',
    en: 'The repeal note must give the number of the repealed document, in （） after its title: 《{title}》（number）',
  },
  brackets: {
    zh: '被废止文件的发文字号应使用全角圆括号（），不用“{open}{close}”：应为“（{number}）”',
    en: 'The number of the repealed document takes full-width brackets （）, not "{open}{close}": write "（{number}）"',
  },
  unbracketed: {
    zh: '被废止文件的发文字号应用全角圆括号括入：应为“（{number}）”',
    en: 'The number of the repealed document belongs in full-width brackets: write "（{number}）"',
  },
  form: {
    zh: '废止说明应以“原”或印发日期开头：写作“原《{title}》（发文字号）同时废止。”或“YYYY年M月D日印发的《{title}》（发文字号）同时废止。”',
    en: 'A repeal note starts with 原 or the date of issue: write "原《{title}》（number）同时废止。" or "YYYY年M月D日印发的《{title}》（number）同时废止。"',
  },
  stop: {
    zh: '废止说明末尾应加句号“。”',
    en: 'A repeal note ends with a full stop "。"',
  },
  ending: {
    zh: '废止说明应以“同时废止。”结尾',
    en: 'A repeal note ends with "同时废止。"',
  },
}
