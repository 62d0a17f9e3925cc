// `run(argv, io)`, the command as a function. A checkout has the sources and runs their build (dist/); a
// published package has none and runs its bundle (bundle/, scripts/bundle.mjs).
import {existsSync} from 'node:fs'

const built = await import(existsSync(new URL('./src/', import.meta.url)) ? './dist/main.js' : './bundle/main.js')

export const run = built.run
