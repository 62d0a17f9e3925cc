import type {GazetteRule} from '@gazette-lint/core'
import citedNumberFormat from './cited-number-format/index.js'

/** The citation family, in the order of rules.md. */
export const rules: GazetteRule[] = [citedNumberFormat]
