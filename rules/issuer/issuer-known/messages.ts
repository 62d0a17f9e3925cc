export const description = {
  zh: '发文机关须用县级配置中登记的全称（不用“县政府”“县政府办”等简称）',
  en: 'The issuer is a full legal name the county profile knows (not 县政府, 县政府办)',
}

export const messages = {
  abbreviated: {
    zh: '发文机关“{name}”是简称：应写全称{expected}',
    en: 'The issuer "{name}" is abbreviated: write the full name {expected}',
  },
  unknown: {
    zh: '发文机关“{name}”不是{county}的发文机关：本县发文机关为{expected}',
    en: 'The issuer "{name}" is not an issuer of {county}: its issuers are {expected}',
  },
}
