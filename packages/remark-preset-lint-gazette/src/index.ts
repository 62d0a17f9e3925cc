/**
 * Every gazette-lint rule as a remark-lint preset: `"plugins": ["remark-preset-lint-gazette"]` in
 * `.remarkrc` gives the same findings from remark-cli and vscode-remark as from gazette-lint.
 * The Notice is built once per file (remarkGazetteNotice) and shared by the rules; suppression
 * comments apply last. Profiles are chosen by the issuer the draft names.
 */
import {remarkGazetteNotice, remarkGazetteSuppress} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'
import remarkFrontmatter from 'remark-frontmatter'
import type {Preset} from 'unified'

const LEVEL = {error: 'error', warning: 'warn', info: 'warn'} as const

const remarkPresetLintGazette: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkGazetteNotice,
    ...allRules.map((rule) => [rule.plugin, [LEVEL[rule.meta.severity]]] as [typeof rule.plugin, unknown]),
    remarkGazetteSuppress,
  ],
}

export default remarkPresetLintGazette
