export const description = {
  zh: '文稿所署的发文机关没有对应的县级配置：需要县级配置的规则已跳过',
  en: 'No county profile applies to the issuer the draft names: the rules that need one were skipped',
}

// Kept short for the terminal; the rule's page explains learning a profile step by step.
export const messages = {
  missing: {
    zh: '没有“{issuer}”所在县的配置，已跳过代字、机关全称、单位名录和登记册检查；可用 gazette-lint init --county {county} 建立本县配置',
    en: 'No county profile for "{issuer}": prefix, issuer, unit and registry checks skipped; set the county up with gazette-lint init --county {county}',
  },
  'no-issuer': {
    zh: '未找到发文机关，无法选定县级配置，已跳过代字、机关全称、单位名录和登记册检查',
    en: 'No issuer found, so no county profile applies: prefix, issuer, unit and registry checks skipped',
  },
}
