/**
 * The cross-file index a session owns: every draft it knows (a CLI run's, an editor's workspace), by number
 * and by title. Rules see it read-only through `settings.runNumbers` / `settings.runTitles`; only the
 * session changes it, between lints.
 */
import type {DraftFacts} from './pipeline.js'

/** The index as plain data, for a worker thread. */
export interface IndexSnapshot {
  numbers: Array<[string, string[]]>
  titles: Array<[string, string[]]>
}

function addTo(map: Map<string, string[]>, key: string | undefined, draft: string): void {
  if (!key) return
  const drafts = map.get(key)
  if (!drafts) {
    map.set(key, [draft])
    return
  }
  if (drafts.includes(draft)) return
  drafts.push(draft)
  // Sorted, so a message naming the other drafts reads the same whatever order they were indexed in.
  drafts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function removeFrom(map: Map<string, string[]>, key: string | undefined, draft: string): void {
  if (!key) return
  const drafts = map.get(key)?.filter((other) => other !== draft)
  if (!drafts?.length) map.delete(key)
  else map.set(key, drafts)
}

export class DraftIndex {
  private readonly facts = new Map<string, DraftFacts>()
  private readonly byNumber = new Map<string, string[]>()
  private readonly byTitle = new Map<string, string[]>()

  static fromSnapshot(snapshot: IndexSnapshot): DraftIndex {
    const index = new DraftIndex()
    for (const [number, drafts] of snapshot.numbers) for (const draft of drafts) index.set(draft, {...index.facts.get(draft), number})
    for (const [title, drafts] of snapshot.titles) for (const draft of drafts) index.set(draft, {...index.facts.get(draft), title})
    return index
  }

  /** Number (canonical, else as written) → the drafts that carry it. */
  get numbers(): ReadonlyMap<string, readonly string[]> {
    return this.byNumber
  }

  /** Title (without issuer and spaces) → the drafts that carry it. */
  get titles(): ReadonlyMap<string, readonly string[]> {
    return this.byTitle
  }

  has(draft: string): boolean {
    return this.facts.has(draft)
  }

  /** Records (or replaces) what a draft carries; `draft` is its path as reports name it. */
  set(draft: string, facts: DraftFacts): void {
    this.delete(draft)
    this.facts.set(draft, facts)
    addTo(this.byNumber, facts.number, draft)
    addTo(this.byTitle, facts.title, draft)
  }

  delete(draft: string): void {
    const old = this.facts.get(draft)
    if (!old) return
    this.facts.delete(draft)
    removeFrom(this.byNumber, old.number, draft)
    removeFrom(this.byTitle, old.title, draft)
  }

  /** The other drafts that carry this draft's number, sorted: what its cross-file findings depend on. */
  numberPeers(draft: string): string[] {
    const number = this.facts.get(draft)?.number
    return number ? (this.byNumber.get(number) ?? []).filter((other) => other !== draft) : []
  }

  snapshot(): IndexSnapshot {
    return {numbers: [...this.byNumber], titles: [...this.byTitle]}
  }
}
