import type {GazetteRule} from '@gazette-lint/core'

/** The numbering family, in the order of rules.md. Rules to come here: numbering-sequence. */
export const rules: GazetteRule[] = []
