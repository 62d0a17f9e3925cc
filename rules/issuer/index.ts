import type {GazetteRule} from '@gazette-lint/core'
import issuerKnown from './issuer-known/index.js'
import issuerConsistent from './issuer-consistent/index.js'

/** The issuer family, in the order of rules.md. */
export const rules: GazetteRule[] = [issuerKnown, issuerConsistent]
