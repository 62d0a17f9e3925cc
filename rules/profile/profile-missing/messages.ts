export const description = {
  zh: '文稿所署的发文机关没有对应的县级配置：只作全国规则的检查，本县惯例未查',
  en: 'No county profile applies to the issuer the draft names: only national rules were checked, not the county conventions',
}

// Kept short for the terminal; the rule's page explains learning a profile step by step.
export const messages = {
  missing: {
    zh: '没有“{issuer}”所在县的配置，只作全国规则的检查，代字、机关全称、单位名录、登记册等本县惯例未查；可用 gazette-lint init --county {county} 建立本县配置',
    en: 'No county profile for "{issuer}": national rules only, county conventions (prefixes, issuers, units, registry, ...) not checked; set the county up with gazette-lint init --county {county}',
  },
  'no-issuer': {
    zh: '未找到发文机关，无法选定县级配置，只作全国规则的检查，代字、机关全称、单位名录、登记册等本县惯例未查',
    en: 'No issuer found, so no county profile applies: national rules only, county conventions (prefixes, issuers, units, registry, ...) not checked',
  },
}
