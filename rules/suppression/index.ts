import type {GazetteRule} from '@gazette-lint/core'
import suppressionRuleKnown from './suppression-rule-known/index.js'

/** The suppression family: the comments that silence the other rules. */
export const rules: GazetteRule[] = [suppressionRuleKnown]
