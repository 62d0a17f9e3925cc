import type {GazetteRule} from '@gazette-lint/core'
import numberingSequence from './numbering-sequence/index.js'

/** The numbering family, in the order of rules.md. */
export const rules: GazetteRule[] = [numberingSequence]
