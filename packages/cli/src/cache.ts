/**
 * `--cache`: findings of unchanged drafts, keyed by the draft's content hash, the resolved config
 * (profile and registry included) and the tool's build, never by modification time, so it is safe on
 * a fresh CI checkout. The run's numbers are part of an entry's validity: a draft whose number another
 * draft starts or stops sharing is linted again.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, renameSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readTextFileSync, type ResolvedConfig, type SerializedMessage} from '@gazette-lint/core'

const CACHE_FORMAT = 1

export interface CacheEntry {
  key: string
  number?: string
  /** Other drafts of the run carrying the same number when the entry was written. */
  peers: string[]
  messages: SerializedMessage[]
}

interface CacheFile {
  format: number
  entries: Record<string, CacheEntry>
}

export class LintCache {
  private entries: Record<string, CacheEntry> = {}
  private dirty = false

  constructor(
    readonly location: string,
    private readonly warn: (text: string) => void,
  ) {
    let text: string
    try {
      text = readTextFileSync(location)
    } catch {
      return
    }
    try {
      const data = JSON.parse(text) as CacheFile
      if (data.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object') this.entries = data.entries
    } catch {
      this.warn(`gazette-lint：缓存文件 ${location} 无法读取，已忽略并将重建（cache file unreadable, rebuilt）\n`)
      this.dirty = true
    }
  }

  get(filePath: string, key: string): CacheEntry | undefined {
    const entry = this.entries[filePath]
    return entry?.key === key ? entry : undefined
  }

  set(filePath: string, entry: CacheEntry): void {
    this.entries[filePath] = entry
    this.dirty = true
  }

  /** Writes the cache atomically; a failure to write only loses the cache, never the report. */
  save(): void {
    if (!this.dirty) return
    try {
      mkdirSync(path.dirname(this.location), {recursive: true})
      const temporary = `${this.location}.${process.pid}.tmp`
      const sorted = Object.fromEntries(Object.entries(this.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      writeFileSync(temporary, JSON.stringify({format: CACHE_FORMAT, entries: sorted} satisfies CacheFile))
      renameSync(temporary, this.location)
    } catch (error) {
      this.warn(`gazette-lint：无法写入缓存 ${this.location}：${(error as Error).message}\n`)
    }
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

let buildStamp: string | undefined

/** The tool's version and build: every compiled file of the linter, by size and content hash of its list. */
export function toolStamp(version: string): string {
  if (buildStamp) return buildStamp
  const root = fileURLToPath(new URL('../../../', import.meta.url))
  const parts: string[] = [version]
  for (const dir of ['packages/core/dist', 'packages/engine/dist', 'rules/dist']) {
    const walk = (folder: string) => {
      for (const name of readdirSync(folder, {withFileTypes: true})) {
        const full = path.join(folder, name.name)
        if (name.isDirectory()) walk(full)
        else if (name.name.endsWith('.js')) parts.push(`${path.relative(root, full)}:${statSync(full).size}:${sha256(readTextFileSync(full))}`)
      }
    }
    try {
      walk(path.join(root, dir))
    } catch {
      parts.push(`${dir}:missing`)
    }
  }
  buildStamp = sha256(parts.sort().join('\n'))
  return buildStamp
}

const configStamps = new WeakMap<ResolvedConfig, string>()

/** Everything in a resolved config that can change a finding: levels, options, language, today, profiles, registry. */
export function configStamp(resolved: ResolvedConfig): string {
  let stamp = configStamps.get(resolved)
  if (!stamp) {
    const {settings} = resolved
    stamp = sha256(
      JSON.stringify({
        levels: [...resolved.levels].sort(),
        options: [...resolved.options].sort(([a], [b]) => a.localeCompare(b)),
        lang: settings.lang,
        today: settings.today,
        profile: settings.profile ?? null,
        profiles: settings.profiles,
        registryExtras: settings.registryExtras,
        units: settings.units,
        allowedFrontMatterKeys: settings.allowedFrontMatterKeys,
      }),
    )
    configStamps.set(resolved, stamp)
  }
  return stamp
}

export function entryKey(contentHash: string, resolved: ResolvedConfig, tool: string): string {
  return sha256(`${contentHash}\u0000${configStamp(resolved)}\u0000${tool}`)
}
