import type {GazetteRule} from '@gazette-lint/core'

/** The addressee family, in the order of rules.md. Rules to come here: addressee-format. */
export const rules: GazetteRule[] = []
