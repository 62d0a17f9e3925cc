import type {GazetteRule} from '@gazette-lint/core'

/** The citation family, in the order of rules.md. Rules to come here: cited-number-format. */
export const rules: GazetteRule[] = []
