import type {GazetteRule} from '@gazette-lint/core'

/** The attachment family, in the order of rules.md. Rules to come here: attachment-format, attachment-consistency. */
export const rules: GazetteRule[] = []
