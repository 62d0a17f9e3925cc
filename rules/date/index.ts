import type {GazetteRule} from '@gazette-lint/core'

/** The date family, in the order of rules.md. Rules to come here: date-present, date-format, date-valid. */
export const rules: GazetteRule[] = []
