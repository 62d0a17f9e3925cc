import type {GazetteRule} from '@gazette-lint/core'
import punctuationFullwidth from './punctuation-fullwidth/index.js'

/** The punctuation family, in the order of rules.md. */
export const rules: GazetteRule[] = [punctuationFullwidth]
