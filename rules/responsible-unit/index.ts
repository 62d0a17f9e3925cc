import type {GazetteRule} from '@gazette-lint/core'
import responsibleUnitMissing from './responsible-unit-missing/index.js'
import responsibleUnitFormat from './responsible-unit-format/index.js'
import responsibleUnitKnown from './responsible-unit-known/index.js'

/** The responsible-unit family, in the order of rules.md. */
export const rules: GazetteRule[] = [responsibleUnitMissing, responsibleUnitFormat, responsibleUnitKnown]
