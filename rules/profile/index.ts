import type {GazetteRule} from '@gazette-lint/core'

/** The profile family, in the order of rules.md. Rules to come here: profile-missing. */
export const rules: GazetteRule[] = []
