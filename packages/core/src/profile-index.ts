/**
 * What rules look up in a county profile, indexed once per Profile object (a WeakMap keyed by it) rather
 * than rebuilt for every draft: registry entries by number key, and every 代字 of the county's issuers.
 */
import type {Profile, RegistryEntry} from './profile.js'
import {numberKey} from './recognisers/doc-number.js'

export interface ProfileIndex {
  /** Registry entries by `numberKey`, in registry order. */
  entriesByNumber: ReadonlyMap<string, readonly RegistryEntry[]>
  /** Every 代字 of the profile's issuers, each once, in profile order. */
  prefixes: readonly string[]
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
