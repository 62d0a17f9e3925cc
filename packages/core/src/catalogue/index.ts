/** The message catalogues of everything a user reads outside the rules' findings, in Chinese and English. */
export {say, didYouMean, oneOf, closestName, type Entry, type Catalogue, type MessageData, type MessageValue} from './say.js'
export {PROBLEMS, problemText, problemsText, type Problem, type ProblemId} from './problems.js'
export {USAGE, RUN, type UsageKind} from './cli.js'
export {ioReason, reasonOf, reasonText, readAdvice, writeAdvice, wordReadReason} from './files.js'
export {FATAL, type FatalStep} from './fatal.js'
