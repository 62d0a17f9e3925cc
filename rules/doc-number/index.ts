import type {GazetteRule} from '@gazette-lint/core'
import docNumberFormat from './doc-number-format/index.js'

/** The doc-number family, in the order of rules.md. Rules to come here: doc-number-present, doc-number-format, doc-number-issuer, doc-number-year, doc-number-unique. */
export const rules: GazetteRule[] = [docNumberFormat]
