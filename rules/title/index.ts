import type {GazetteRule} from '@gazette-lint/core'

/** The title family, in the order of rules.md. Rules to come here: title-format. */
export const rules: GazetteRule[] = []
