export const description = {
  zh: '文稿所署的发文机关没有对应的县级配置：需要县级配置的规则已跳过',
  en: 'No county profile applies to the issuer the draft names: the rules that need one were skipped',
}

export const messages = {
  missing: {
    zh: '没有“{issuer}”所在县的县级配置，需要县级配置的检查（代字、发文机关全称、单位名称、登记册）已跳过。可用该县的公报生成配置：gazette-lint learn <公报.txt…> --out profile.json，再在 .gazettelintrc.json 中写入 "profile": "./profile.json"',
    en: 'No county profile for "{issuer}": the checks that need one (prefixes, full issuer names, unit names, the registry) were skipped. Learn one from that county\'s gazettes: gazette-lint learn <gazette.txt...> --out profile.json, then set "profile": "./profile.json" in .gazettelintrc.json',
  },
  'no-issuer': {
    zh: '文稿中未找到发文机关，无法确定县级配置，需要县级配置的检查（代字、发文机关全称、单位名称、登记册）已跳过。可用本县的公报生成配置：gazette-lint learn <公报.txt…> --out profile.json，再在 .gazettelintrc.json 中写入 "profile": "./profile.json"',
    en: 'No issuer was found in the draft, so no county profile applies: the checks that need one (prefixes, full issuer names, unit names, the registry) were skipped. Learn one from the county\'s gazettes: gazette-lint learn <gazette.txt...> --out profile.json, then set "profile": "./profile.json" in .gazettelintrc.json',
  },
}
