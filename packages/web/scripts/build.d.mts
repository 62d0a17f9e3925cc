/** The page's build (build.mjs), for the tests and the bench. */
export declare const DIST: string
export declare const PAGE: string

export interface BuiltPage {
  /** The page: `packages/web/dist/index.html` unless `outDir` says otherwise. */
  page: string
  bytes: number
  gzipBytes: number
  /** The worker's code alone (the engine, the rules, the profiles and schemas), before it is inlined. */
  workerBytes: number
  /** The page's Content-Security-Policy. */
  policy: string
  metafile: unknown
}

export declare function buildPage(options?: {outDir?: string}): Promise<BuiltPage>
