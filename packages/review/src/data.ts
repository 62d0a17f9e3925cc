/**
 * The review sheet's data, for any front end, the browser included (issue #18 shows the same element
 * checklist): nothing here imports Node. `@gazette-lint/review` adds the session and the renderers.
 */
export * from './model.js'
export {buildReviewSheet, type ReviewInput} from './sheet.js'
export {CHECKLIST_ELEMENTS, ELEMENT_OF_RULE, elementChecklist, elementOfFinding} from './checklist.js'
export {batchChecks, gapsIn, type BatchNotice} from './batch.js'
export {changesOfFindings, conciseChange, fixChanges} from './fixes.js'
export {excerptOf, linesOf, placeOf, severityOf} from './places.js'
export {gapText, LABELS, MARK_SYMBOL, type SheetLabels} from './labels.js'
