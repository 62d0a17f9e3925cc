import type {GazetteRule} from '@gazette-lint/core'
import profileMissing from './profile-missing/index.js'

/** The profile family, in the order of rules.md. */
export const rules: GazetteRule[] = [profileMissing]
