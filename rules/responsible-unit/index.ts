import type {GazetteRule} from '@gazette-lint/core'

/** The responsible-unit family, in the order of rules.md. Rules to come here: responsible-unit-missing, responsible-unit-format, responsible-unit-known. */
export const rules: GazetteRule[] = []
