import type {GazetteRule} from '@gazette-lint/core'
import {rules as docNumber} from './doc-number/index.js'
import {rules as issuer} from './issuer/index.js'
import {rules as date} from './date/index.js'
import {rules as disclosure} from './disclosure/index.js'
import {rules as responsibleUnit} from './responsible-unit/index.js'
import {rules as repealNote} from './repeal-note/index.js'
import {rules as title} from './title/index.js'
import {rules as addressee} from './addressee/index.js'
import {rules as attachment} from './attachment/index.js'
import {rules as enclosure} from './enclosure/index.js'
import {rules as numbering} from './numbering/index.js'
import {rules as citation} from './citation/index.js'
import {rules as punctuation} from './punctuation/index.js'
import {rules as frontMatter} from './front-matter/index.js'
import {rules as profile} from './profile/index.js'
import {rules as suppression} from './suppression/index.js'
import {rules as word} from './word/index.js'

/** Every rule, family by family in the order of rules.md, then the rules beyond it. */
export const allRules: GazetteRule[] = [
  ...docNumber,
  ...issuer,
  ...date,
  ...disclosure,
  ...responsibleUnit,
  ...repealNote,
  ...title,
  ...addressee,
  ...attachment,
  ...enclosure,
  ...numbering,
  ...citation,
  ...punctuation,
  ...frontMatter,
  ...profile,
  ...suppression,
  ...word,
]

export default allRules
