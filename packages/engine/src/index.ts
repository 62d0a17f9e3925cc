/**
 * @gazette-lint/engine: the lint session every front end calls, and the pipeline under it. Front ends
 * create a `LintSession` and call `update`/`remove`/`lint`/`lintAll`/`invalidate`; see the README's
 * "The lint session" section.
 */
import type {GazetteRule} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'

export {allRules}

export const rulesById: ReadonlyMap<string, GazetteRule> = new Map(allRules.map((rule) => [rule.meta.id, rule]))

export {configLanguageAt, LintSession, type LintSessionOptions, type ListedPath} from './session.js'
export type {DraftResult, FixOutcome} from './results.js'
export {fixFilter, fixText, MAX_FIX_PASSES, type AppliedFix, type FixedText, type FixOptions, type FixStop} from './fixing.js'
export {applyBaseline, BaselineError, readBaseline, recordBaseline, writeBaseline, type BaselineData, type BaselineOutcome} from './baseline.js'
export {DraftWriteError, writeFixedDraft, type DraftWriteProblem} from './write-fixed.js'
export {lintTexts} from './lint-texts.js'
export {failure, FATAL_RULE_ID, fatalReason, TROUBLESHOOTING_URL, type Failure, type FailedStep} from './fatal.js'
export {ENCODING_RULE_ID, type Decoding} from './encoding-findings.js'
export {TOOL_IDS, type ToolIdMeta} from './tool-ids.js'
export {lineNestedDeeperThan, MAX_NESTING} from './nesting.js'
export {applyMessageChain, compareMessages, remarkGazetteMessageChain, type MessageChainOptions} from './message-chain.js'
export {factsOf, modelDraft, processorFor, remarkGazetteNotice, type DraftFacts, type ModelledDraft} from './pipeline.js'
export {declaredLanguage, discoverConfigFile, isDiscoveryBoundary} from './configs.js'
export {DraftIndex, type IndexSnapshot} from './draft-index.js'
export {matchesIgnore, draftsUnder} from './drafts-on-disk.js'
export {shardOf, threadsFor, AUTO_PARALLEL_THRESHOLD} from './shards.js'
