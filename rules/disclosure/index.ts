import type {GazetteRule} from '@gazette-lint/core'

/** The disclosure family, in the order of rules.md. Rules to come here: disclosure-present, disclosure-format, disclosure-position. */
export const rules: GazetteRule[] = []
