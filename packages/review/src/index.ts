/**
 * @gazette-lint/review: the pre-publication review sheet. The data (checklists, findings with their fixes,
 * batch checks) is browser-safe and also exported alone as `@gazette-lint/review/data`; the review through a
 * lint session and the HTML and Markdown renderers need Node.
 */
export * from './data.js'
export {REVIEW_RULES, reviewDrafts, type ReviewOutcome} from './from-session.js'
export {contentSecurityPolicy, renderHtml} from './html.js'
export {escapeHtml} from './html-template.js'
export {escapeMarkdown, renderMarkdown} from './markdown.js'
export {SHEET_CSS} from './sheet-css.js'
