#!/usr/bin/env node
// The server's entry, committed with its executable bit: npm links it before `prepare` has built
// dist/, so the link must not point at build output (npm would not make that executable).
import '../dist/bin.js'
