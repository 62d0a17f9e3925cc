import type {GazetteRule} from '@gazette-lint/core'
import titleFormat from './title-format/index.js'

/** The title family, in the order of rules.md. */
export const rules: GazetteRule[] = [titleFormat]
