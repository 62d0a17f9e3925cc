import {defineRule, listOr, nearestNames} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** Labels whose values name sections inside a unit (`责任科室：综合办公室`), not units of the county. */
const SECTION_LABELS = new Set(['责任科室', '责任股室'])
/**
 * Names that stand for a class of units rather than one (`各乡镇人民政府`, `县直各有关部门`, `相关乡镇`,
 * `县安委会有关成员单位`): they name no body a gazetteer could miss.
 */
const COLLECTIVE = /^(?:各|有关|相关|其他|全县|县直(?:各|有关|相关)|驻县)|(?:有关|相关|各|成员|责任)(?:单位|部门)$|^县直(?:各)?单位$/u

interface Options extends Record<string, unknown> {
  /** A gazetteer name seen at most this often … */
  variantMaxCount: number
  /** … beside a name one edit away seen at least this many times as often is taken for a slip of it. */
  variantMinRatio: number
}

export default defineRule<Options>(
  {
    id: 'responsible-unit-known',
    family: 'responsible-unit',
    severity: 'warning',
    type: 'suggestion',
    fixable: false,
    needsProfile: true,
    description,
    messages,
    defaultOptions: {variantMaxCount: 1, variantMinRatio: 5},
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {variantMaxCount: {type: 'integer', minimum: 0}, variantMinRatio: {type: 'number', minimum: 1}},
    },
  },
  ({notice, profile, settings, options, report}) => {
    if (!profile) return
    const known = [...profile.units, ...profile.towns].map((unit) => unit.name).concat(settings.units)
    const counts = new Map([...profile.units, ...profile.towns].map((unit) => [unit.name, unit.count ?? 0]))
    /**
     * A learnt gazetteer keeps what the gazettes print, slips included (`县财局` once beside `县财政局` 21
     * times): a name seen once, one edit from a usual name, is reported as that slip.
     */
    const usualFormOf = (name: string): {name: string; count: number} | undefined => {
      const count = counts.get(name)
      if (count === undefined || count > options.variantMaxCount || settings.units.includes(name)) return undefined
      // A slip drops or adds a character (`县财局`, `市生态环境局沁分局`); one character changed is as
      // often another unit (`县税务局` beside `县水务局`).
      const length = [...name].length
      const usual = nearestNames(name, known, {maxDistance: 1})
        .filter((candidate) => [...candidate.name].length !== length)
        .map((candidate) => ({name: candidate.name, count: counts.get(candidate.name) ?? 0}))
        .filter((candidate) => candidate.count >= Math.max(1, count) * options.variantMinRatio)
        .sort((a, b) => b.count - a.count)
      return usual[0]
    }
    // A profile without a gazetteer cannot tell a typo from a unit it never saw.
    if (known.length === 0) return
    const knownSet = new Set(known)
    const isKnown = (name: string): boolean =>
      knownSet.has(name) ||
      COLLECTIVE.test(name) ||
      // `县安委会有关成员单位和各乡镇人民政府`: two names joined by 和/及.
      (/[和及]/u.test(name) && name.split(/[和及]/u).every((part) => part.length >= 2 && (knownSet.has(part) || COLLECTIVE.test(part))))

    for (const annotation of notice.annotations) {
      const sections = annotation.fields.filter((field) => field.label && SECTION_LABELS.has(field.label.text)).map((field) => field.value.position)
      for (const unit of annotation.units) {
        const offset = unit.position.start.offset
        if (sections.some((span) => offset >= span.start.offset && offset < span.end.offset)) continue
        if (COLLECTIVE.test(unit.text)) continue
        const usual = usualFormOf(unit.text)
        if (usual) {
          report({
            messageId: 'variant',
            data: {unit: unit.text, county: profile.county, count: counts.get(unit.text) ?? 0, usual: usual.name, usualCount: usual.count},
            at: unit,
            expected: [usual.name],
          })
          continue
        }
        if (isKnown(unit.text)) continue
        const nearest = nearestNames(unit.text, known).map((candidate) => candidate.name)
        if (nearest.length === 0) {
          report({messageId: 'unknown', data: {unit: unit.text, county: profile.county}, at: unit})
          continue
        }
        // The message names the nearest names (all at the smallest distance); `expected` carries up to three.
        const best = nearestNames(unit.text, known)
        const closest = best.filter((candidate) => candidate.distance === best[0].distance).map((candidate) => candidate.name)
        const suggestions = listOr(closest, settings.lang, {quote: true})
        report({messageId: 'suggestion', data: {unit: unit.text, county: profile.county, suggestions}, at: unit, expected: nearest})
      }
    }
  },
)
