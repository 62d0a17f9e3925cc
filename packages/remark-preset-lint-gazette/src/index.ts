/**
 * Every gazette-lint rule as a remark-lint preset: `"plugins": ["remark-preset-lint-gazette"]` in
 * `.remarkrc` gives remark-cli and vscode-remark the findings of gazette-lint, through the same lint
 * session: the nearest `.gazettelintrc.*` (severities, info included, language, profile, registry, today),
 * suppression comments, and cross-file `doc-number-unique` against the drafts around the file (those
 * under the config's folder, or under the draft's own folder when there is no config).
 */
import {LintSession} from '@gazette-lint/engine'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import type {Preset} from 'unified'
import type {VFile} from 'vfile'

/**
 * One session per working folder for the life of the process. An editor keeps the process for days and
 * sends a preset no change notifications, so the session re-checks config, profile, registry and the
 * indexed drafts on each lint (`revalidate`).
 */
const sessions = new Map<string, LintSession>()

function sessionFor(cwd: string): LintSession {
  let session = sessions.get(cwd)
  if (!session) sessions.set(cwd, (session = new LintSession({cwd, revalidate: true})))
  return session
}

/** The plugin that runs the session on the tree remark parsed. */
export function remarkLintGazette() {
  return async (tree: Root, file: VFile) => {
    await sessionFor(file.cwd).lintParsed(tree, file)
  }
}

const remarkPresetLintGazette: Preset = {
  plugins: [[remarkFrontmatter, ['yaml']], remarkLintGazette],
}

export default remarkPresetLintGazette
