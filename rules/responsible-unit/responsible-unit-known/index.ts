import {defineRule, listOr, nearestNames, type Profile} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** Labels whose values name sections inside a unit (`责任科室：综合办公室`), not units of the county. */
const SECTION_LABELS = new Set(['责任科室', '责任股室'])
/**
 * Names that stand for a class of units rather than one (`各乡镇人民政府`, `县直各有关部门`, `相关乡镇`,
 * `县安委会有关成员单位`): they name no body a gazetteer could miss.
 */
const COLLECTIVE = /^(?:各|有关|相关|其他|全县|县直(?:各|有关|相关)|驻县)|(?:有关|相关|各|成员|责任)(?:单位|部门)$|^县直(?:各)?单位$/u

/** A spelling printed at most a fifth as often as the usual one is not suggested beside it. */
const RARE_RATIO = 5

interface Gazetteer {
  known: string[]
  knownSet: Set<string>
  counts: Map<string, number | undefined>
}

/** The names of a profile and the config's `units`, made once per profile and list, not once per draft. */
const gazetteers = new WeakMap<Profile, WeakMap<readonly string[], Gazetteer>>()

function gazetteerOf(profile: Profile, units: readonly string[]): Gazetteer {
  let byUnits = gazetteers.get(profile)
  if (!byUnits) gazetteers.set(profile, (byUnits = new WeakMap()))
  let gazetteer = byUnits.get(units)
  if (!gazetteer) {
    // The gazetteer holds every name the county's gazettes print, as printed (a once-printed `县财局` beside
    // `县财政局` too): a printed name is the county's own usage, never unknown.
    const known = [...profile.units, ...profile.towns].map((unit) => unit.name).concat(units)
    const counts = new Map([...profile.units, ...profile.towns].map((unit) => [unit.name, unit.count]))
    byUnits.set(units, (gazetteer = {known, knownSet: new Set(known), counts}))
  }
  return gazetteer
}

export default defineRule(
  {id: 'responsible-unit-known', family: 'responsible-unit', severity: 'warning', type: 'suggestion', fixable: false, needsProfile: true, description, messages},
  ({notice, profile, settings, report}) => {
    if (!profile) return
    // Only a name never printed gets a "did you mean".
    const {known, knownSet, counts} = gazetteerOf(profile, settings.units)
    // A profile without a gazetteer cannot tell a typo from a unit it never saw.
    if (known.length === 0) return
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
        if (isKnown(unit.text)) continue
        const nearest = nearestNames(unit.text, known).map((candidate) => candidate.name)
        if (nearest.length === 0) {
          report({messageId: 'unknown', data: {unit: unit.text, county: profile.county}, at: unit})
          continue
        }
        // The message names the nearest names (all at the smallest distance), less a rare spelling beside a usual
        // one (`县财局`, printed once, beside `县财政局`, 21 times); `expected` carries up to three.
        const best = nearestNames(unit.text, known)
        const nearestCounts = best.filter((candidate) => candidate.distance === best[0].distance).map((candidate) => ({name: candidate.name, count: counts.get(candidate.name)}))
        const usual = Math.max(0, ...nearestCounts.map((candidate) => candidate.count ?? 0))
        const closest = nearestCounts.filter((candidate) => candidate.count === undefined || candidate.count * RARE_RATIO >= usual).map((candidate) => candidate.name)
        const suggestions = listOr(closest, settings.lang, {quote: true})
        report({messageId: 'suggestion', data: {unit: unit.text, county: profile.county, suggestions}, at: unit, expected: nearest})
      }
    }
  },
)
