import type {GazetteRule} from '@gazette-lint/core'

/** The front-matter family, in the order of rules.md. Rules to come here: front-matter-schema. */
export const rules: GazetteRule[] = []
