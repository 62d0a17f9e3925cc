import type {GazetteRule} from '@gazette-lint/core'

/** The issuer family, in the order of rules.md. Rules to come here: issuer-known, issuer-consistent. */
export const rules: GazetteRule[] = []
