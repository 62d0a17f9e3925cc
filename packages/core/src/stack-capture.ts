/**
 * Runs `make` with V8's stack capture off. A VFileMessage is an Error, whose constructor records the stack
 * only for vfile-message to replace it with '' (a finding's place is its position, not a call stack):
 * recording it cost more than the rest of making the message, thousands of times a run.
 */
export function withoutStackCapture<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}
