/**
 * What rules look up in a county profile, indexed once per Profile object (a WeakMap keyed by it) rather
 * than rebuilt for every draft: registry entries by number key and by title, every 代字 of the county's
 * issuers, and their 函 series.
 */
import type {Profile, RegistryEntry} from './profile.js'
import {numberKey} from './recognisers/doc-number.js'
import {normalizeTitle} from './recognisers/title.js'

export interface ProfileIndex {
  /** Registry entries by `numberKey`, in registry order. */
  entriesByNumber: ReadonlyMap<string, readonly RegistryEntry[]>
  /** Each registry entry's `numberKey`. */
  numberKeyOf: ReadonlyMap<RegistryEntry, string>
  /** Registry entries by `normalizeTitle` of their title and of their notice's title, each once, in registry order. */
  entriesByTitle: ReadonlyMap<string, readonly RegistryEntry[]>
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
  const numberKeyOf = new Map<RegistryEntry, string>()
  const entriesByTitle = new Map<string, RegistryEntry[]>()
  for (const entry of profile.registry) {
    const key = numberKey(entry.number)
    numberKeyOf.set(entry, key)
    append(entriesByNumber, key, entry)
    for (const title of new Set([entry.title, entry.noticeTitle].flatMap((named) => (named ? [normalizeTitle(named)] : [])))) append(entriesByTitle, title, entry)
  }
  return {entriesByNumber, numberKeyOf, entriesByTitle, prefixes: [...new Set(profile.issuers.flatMap((issuer) => issuer.prefixes))]}
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key)
  if (values) values.push(value)
  else map.set(key, [value])
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
