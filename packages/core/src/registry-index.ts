/**
 * A profile's registry by number, built once per profile object: a lint session shares one extended profile
 * among the drafts of a config (see `stateFor`), so a rule asking for the entries of a number does not
 * re-read the whole registry for every draft.
 */
import type {Profile, RegistryEntry} from './profile.js'
import {canonicalNumber} from './registry.js'

const indexes = new WeakMap<Profile, ReadonlyMap<string, readonly RegistryEntry[]>>()

/** The profile's registry entries keyed by canonical number (`代字〔YYYY〕N号`, else the number without spaces). */
export function registryByNumber(profile: Profile): ReadonlyMap<string, readonly RegistryEntry[]> {
  let index = indexes.get(profile)
  if (!index) {
    const byNumber = new Map<string, RegistryEntry[]>()
    for (const entry of profile.registry) {
      const key = canonicalNumber(entry.number)
      const entries = byNumber.get(key)
      if (entries) entries.push(entry)
      else byNumber.set(key, [entry])
    }
    index = byNumber
    indexes.set(profile, index)
  }
  return index
}
