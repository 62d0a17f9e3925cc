#!/usr/bin/env node
// The server's entry, committed with its executable bit: npm links it before `prepare` has built
// dist/, so the link must not point at build output (npm would not make that executable).
// A checkout has the sources and runs their build (dist/); a published package has none and runs its
// bundle (bundle/, scripts/bundle.mjs), whatever bundle a `npm pack` left in a checkout.
import {existsSync} from 'node:fs'

await import(existsSync(new URL('../src/', import.meta.url)) ? '../dist/bin.js' : '../bundle/bin.js')
