import type {GazetteRule} from '@gazette-lint/core'
import datePresent from './date-present/index.js'
import dateFormat from './date-format/index.js'
import dateValid from './date-valid/index.js'

/** The date family, in the order of rules.md. */
export const rules: GazetteRule[] = [datePresent, dateFormat, dateValid]
