/** The `process` the engine reads: no environment (no GAZETTE_LINT_TODAY, no debug), and `/` as the folder. */
export const process = {env: {} as Record<string, string | undefined>, cwd: () => '/', platform: 'browser', versions: {}}
