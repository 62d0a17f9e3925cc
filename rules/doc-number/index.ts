import type {GazetteRule} from '@gazette-lint/core'
import docNumberPresent from './doc-number-present/index.js'
import docNumberFormat from './doc-number-format/index.js'
import docNumberIssuer from './doc-number-issuer/index.js'
import docNumberYear from './doc-number-year/index.js'
import docNumberUnique from './doc-number-unique/index.js'

/** The doc-number family, in the order of rules.md. */
export const rules: GazetteRule[] = [docNumberPresent, docNumberFormat, docNumberIssuer, docNumberYear, docNumberUnique]
