import type {GazetteRule} from '@gazette-lint/core'
import frontMatterSchema from './front-matter-schema/index.js'

/** The front-matter family, in the order of rules.md. */
export const rules: GazetteRule[] = [frontMatterSchema]
