import type {GazetteRule} from '@gazette-lint/core'
import disclosurePresent from './disclosure-present/index.js'
import disclosureFormat from './disclosure-format/index.js'
import disclosurePosition from './disclosure-position/index.js'

/** The disclosure family, in the order of rules.md. */
export const rules: GazetteRule[] = [disclosurePresent, disclosureFormat, disclosurePosition]
