export {run, type Io} from './dist/main.js'
