import type {GazetteRule} from '@gazette-lint/core'
import enclosureTitle from './enclosure-title/index.js'

/** The enclosure family, in the order of rules.md. */
export const rules: GazetteRule[] = [enclosureTitle]
