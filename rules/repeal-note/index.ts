import type {GazetteRule} from '@gazette-lint/core'
import repealNoteFormat from './repeal-note-format/index.js'
import repealNoteReference from './repeal-note-reference/index.js'
import repealNoteMissing from './repeal-note-missing/index.js'

/** The repeal-note family, in the order of rules.md. */
export const rules: GazetteRule[] = [repealNoteFormat, repealNoteReference, repealNoteMissing]
