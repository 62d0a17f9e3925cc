import type {GazetteRule} from '@gazette-lint/core'
import attachmentFormat from './attachment-format/index.js'
import attachmentConsistency from './attachment-consistency/index.js'

/** The attachment family, in the order of rules.md. */
export const rules: GazetteRule[] = [attachmentFormat, attachmentConsistency]
