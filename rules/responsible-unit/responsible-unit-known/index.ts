import {defineRule, nearestNames} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** Labels whose values name sections inside a unit (`责任科室：综合办公室`), not units of the county. */
const SECTION_LABELS = new Set(['责任科室', '责任股室'])
/**
 * Names that stand for a class of units rather than one (`各乡镇人民政府`, `县直各有关部门`, `相关乡镇`,
 * `县安委会有关成员单位`): they name no body a gazetteer could miss.
 */
const COLLECTIVE = /^(?:各|有关|相关|其他|全县|县直(?:各|有关|相关)|驻县)|(?:有关|相关|各|成员|责任)(?:单位|部门)$|^县直(?:各)?单位$/u

export default defineRule(
  {id: 'responsible-unit-known', family: 'responsible-unit', severity: 'warning', fixable: false, needsProfile: true, description, messages},
  ({notice, profile, settings, report}) => {
    if (!profile) return
    const known = [...profile.units, ...profile.towns].map((unit) => unit.name).concat(settings.units)
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
        if (isKnown(unit.text)) continue
        const nearest = nearestNames(unit.text, known).map((candidate) => candidate.name)
        if (nearest.length === 0) {
          report({messageId: 'unknown', data: {unit: unit.text, county: profile.county}, at: unit})
          continue
        }
        // The message names the nearest names (all at the smallest distance); `expected` carries up to three.
        const best = nearestNames(unit.text, known)
        const closest = best.filter((candidate) => candidate.distance === best[0].distance).map((candidate) => (settings.lang === 'en' ? `"${candidate.name}"` : `“${candidate.name}”`))
        const suggestions = closest.join(settings.lang === 'en' ? ' or ' : '或')
        report({messageId: 'suggestion', data: {unit: unit.text, county: profile.county, suggestions}, at: unit, expected: nearest})
      }
    }
  },
)
