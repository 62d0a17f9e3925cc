export const description = {
  zh: 'Word 草稿的字体字号合乎 GB/T 9704-2012：标题 2 号小标宋体，正文 3 号仿宋体，一级、二级标题黑体、楷体（仅在文档明确记录时提示）',
  en: 'The fonts and sizes of a Word draft follow GB/T 9704-2012: the title in 2号 小标宋, the text in 3号 仿宋, headings of levels one and two in 黑体 and 楷体 (told only where the document records them plainly)',
}

export const messages = {
  'title-font': {
    zh: '标题字体为“{font}”：GB/T 9704-2012 规定标题一般用 2 号小标宋体字（如“方正小标宋简体”）',
    en: 'The title is set in "{font}": GB/T 9704-2012 sets the title in 2号 小标宋 as a rule (such as "方正小标宋简体")',
  },
  'title-size': {
    zh: '标题字号为 {size}：GB/T 9704-2012 规定标题一般用 2 号字（22 磅）',
    en: 'The title is set in {size}: GB/T 9704-2012 sets the title in 2号 (22 pt) as a rule',
  },
  'body-font': {
    zh: '正文有 {count} 段的字体为“{font}”等，不是仿宋体：GB/T 9704-2012 规定正文用 3 号仿宋体字（如“仿宋_GB2312”）',
    en: '{count} paragraph(s) of the text are set in "{font}" or another font, not 仿宋: GB/T 9704-2012 sets the text in 3号 仿宋 (such as "仿宋_GB2312")',
  },
  'body-size': {
    zh: '正文有 {count} 段的字号为 {size} 等：GB/T 9704-2012 规定正文用 3 号字（16 磅）',
    en: '{count} paragraph(s) of the text are set in {size} or another size: GB/T 9704-2012 sets the text in 3号 (16 pt)',
  },
  'heading-font': {
    zh: '“{marker}”一级的标题有 {count} 段的字体为“{font}”等：GB/T 9704-2012 规定这一层一般用{expected}字',
    en: '{count} heading(s) of the "{marker}" level are set in "{font}" or another font: GB/T 9704-2012 sets this level in {expected} as a rule',
  },
}
