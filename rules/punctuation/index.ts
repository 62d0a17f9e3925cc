import type {GazetteRule} from '@gazette-lint/core'

/** The punctuation family, in the order of rules.md. Rules to come here: punctuation-fullwidth. */
export const rules: GazetteRule[] = []
