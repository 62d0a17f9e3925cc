export const description = {
  zh: '发文机关标志、标题中的发文机关、署名与前置元数据的 issuer 须一致',
  en: 'The issuer header, the issuer named in the title, the signature and the front matter issuer agree',
}

export const messages = {
  'signature-mismatch': {
    zh: '署名“{signature}”与发文机关标志“{header}”不一致',
    en: 'The signature "{signature}" differs from the issuer header "{header}"',
  },
  'title-mismatch': {
    zh: '标题中的发文机关“{title}”与发文机关标志“{header}”不一致',
    en: 'The issuer "{title}" named in the title differs from the issuer header "{header}"',
  },
  'front-matter-mismatch': {
    zh: '前置元数据的 issuer“{frontMatter}”与文稿中的发文机关“{issuer}”不一致',
    en: 'The front matter issuer "{frontMatter}" differs from the issuer "{issuer}" of the draft',
  },
  'missing-header': {
    zh: '缺少发文机关标志：标题之前应另起一行写发文机关全称，或在标题开头写明发文机关',
    en: 'The issuer header (发文机关标志) is missing: write the issuer\'s full name on its own line before the title, or at the start of the title',
  },
  'missing-signature': {
    zh: '缺少署名：应在正文之后、成文日期之前另起一行写发文机关全称',
    en: 'The signature (署名) is missing: write the issuer\'s full name on its own line after the body, before the date',
  },
  'missing-signature-named': {
    zh: '缺少署名：应在正文之后、成文日期之前另起一行写“{issuer}”',
    en: 'The signature (署名) is missing: write "{issuer}" on its own line after the body, before the date',
  },
}
