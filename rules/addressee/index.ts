import type {GazetteRule} from '@gazette-lint/core'
import addresseeFormat from './addressee-format/index.js'

/** The addressee family, in the order of rules.md. */
export const rules: GazetteRule[] = [addresseeFormat]
