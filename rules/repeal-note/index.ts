import type {GazetteRule} from '@gazette-lint/core'

/** The repeal-note family, in the order of rules.md. Rules to come here: repeal-note-format, repeal-note-reference, repeal-note-missing. */
export const rules: GazetteRule[] = []
