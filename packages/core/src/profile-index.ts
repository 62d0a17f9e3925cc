/**
 * What rules look up in a county profile, indexed once per Profile object (a WeakMap keyed by it) rather
 * than rebuilt for every draft: registry entries by number key, every 代字 of the county's issuers, and their 函
 * series.
 */
import type {Profile, RegistryEntry} from './profile.js'
import {numberKey} from './recognisers/doc-number.js'

export interface ProfileIndex {
  /** Registry entries by `numberKey`, in registry order. */
  entriesByNumber: ReadonlyMap<string, readonly RegistryEntry[]>
  /** Every 代字 of the profile's issuers, each once, in profile order. */
  prefixes: readonly string[]
}

/** The 函 series a `…发` 代字 implies: `陵政办发` → `陵政办函`. */
export function letterSeriesOf(prefix: string): string | undefined {
  return prefix.length > 1 && prefix.endsWith('发') ? `${prefix.slice(0, -1)}函` : undefined
}

const indexes = new WeakMap<Profile, ProfileIndex>()

export function profileIndex(profile: Profile): ProfileIndex {
  let index = indexes.get(profile)
  if (!index) indexes.set(profile, (index = indexOf(profile)))
  return index
}

function indexOf(profile: Profile): ProfileIndex {
  const entriesByNumber = new Map<string, RegistryEntry[]>()
  for (const entry of profile.registry) {
    const key = numberKey(entry.number)
    entriesByNumber.set(key, [...(entriesByNumber.get(key) ?? []), entry])
  }
  return {entriesByNumber, prefixes: [...new Set(profile.issuers.flatMap((issuer) => issuer.prefixes))]}
}

const letters = new WeakMap<Profile, ReadonlyMap<string, readonly string[]>>()

/**
 * Each issuer's 函 series by its name: its `letterPrefixes`, or those its `…发` 代字 imply (陵政办发 → 陵政办函).
 * Kept apart from the registry's index: checking a 代字 never reads the registry.
 */
export function letterPrefixesOf(profile: Profile): ReadonlyMap<string, readonly string[]> {
  let byIssuer = letters.get(profile)
  if (!byIssuer) {
    byIssuer = new Map(
      profile.issuers.map((issuer) => [issuer.name, issuer.letterPrefixes ?? [...new Set(issuer.prefixes.flatMap((prefix) => letterSeriesOf(prefix) ?? []))]]),
    )
    letters.set(profile, byIssuer)
  }
  return byIssuer
}
