import * as path from 'node:path'

/** Where scripts/package.mjs puts the language-server bundle inside the extension. */
export const SERVER_MODULE = path.join('server', 'bundle', 'bin.js')
