export {run, type Io} from './main.js'
export {parseCliArgs, helpText, UsageError, type CliOptions} from './args.js'
