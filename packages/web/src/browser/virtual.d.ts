/** Modules the page's build generates (scripts/build.mjs). */
declare module 'virtual:shipped-files' {
  const files: Record<string, string>
  export default files
}
declare module 'virtual:validators' {
  export const validators: Record<string, unknown>
}
declare module 'virtual:worker-source' {
  const source: string
  export default source
}
