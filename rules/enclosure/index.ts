import type {GazetteRule} from '@gazette-lint/core'

/** The enclosure family, in the order of rules.md. Rules to come here: enclosure-title. */
export const rules: GazetteRule[] = []
