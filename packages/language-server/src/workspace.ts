/**
 * The lint sessions of an editor: one per workspace folder, its drafts indexed for cross-file checks, and
 * one per folder of a draft opened outside every workspace folder (only open drafts are known there:
 * indexing the folder of a stray file could mean walking a whole home folder). Sessions share one profile
 * store, so each profile is read once.
 */
import path from 'node:path'
import {ProfileStore, type Lang} from '@gazette-lint/core'
import {LintSession, type LintSessionOptions} from '@gazette-lint/engine'

export interface WorkspaceOptions {
  /**
   * The client cannot tell the server that files changed (no dynamic registration of watched files): the
   * sessions re-check config, profile, registry and draft files on every lint instead.
   */
  revalidate: boolean
  lang?: Lang
}

interface Entry {
  session: LintSession
  /** A workspace folder, whose drafts are indexed; else the folder of a stray draft. */
  folder?: string
  indexed: boolean
}

export class Workspaces {
  private folders: string[] = []
  private readonly entries = new Map<string, Entry>()
  private readonly profiles = new ProfileStore()

  constructor(private options: WorkspaceOptions) {}

  setFolders(folders: string[]): void {
    this.folders = [...new Set(folders.map((folder) => path.resolve(folder)))]
    // Drafts change hands between folders: start afresh.
    this.entries.clear()
  }

  addFolder(folder: string): void {
    this.setFolders([...this.folders, folder])
  }

  removeFolder(folder: string): void {
    this.setFolders(this.folders.filter((known) => known !== path.resolve(folder)))
  }

  /** Changes the language; true when sessions had to be made anew for it. */
  setLang(lang: Lang | undefined): boolean {
    if (lang === this.options.lang) return false
    this.options = {...this.options, lang}
    this.entries.clear()
    return true
  }

  /** The options of a session for a draft: a one-off session (fix-all passes) resolves configs the same way. */
  sessionOptions(cwd: string): LintSessionOptions {
    return {cwd, overrides: this.options.lang ? {lang: this.options.lang} : {}, profiles: this.profiles, revalidate: this.options.revalidate}
  }

  /** The session a draft belongs to, with the drafts of its workspace folder indexed. */
  sessionFor(absolute: string): LintSession {
    const folder = this.folders.filter((candidate) => absolute.startsWith(candidate + path.sep)).sort((a, b) => b.length - a.length)[0]
    const key = folder ?? path.dirname(absolute)
    let entry = this.entries.get(key)
    if (!entry) {
      entry = {session: new LintSession(this.sessionOptions(key)), folder, indexed: false}
      this.entries.set(key, entry)
    }
    // With revalidate the session re-checks the folder each time; otherwise once, then change events keep it.
    if (entry.folder && (!entry.indexed || this.options.revalidate)) {
      entry.session.indexFolder(entry.folder)
      entry.indexed = true
    }
    return entry.session
  }

  /** A file changed, appeared or went; true when a session had used it. */
  invalidate(absolute: string): boolean {
    let mattered = false
    for (const {session} of this.entries.values()) if (session.invalidate(absolute)) mattered = true
    return mattered
  }
}
