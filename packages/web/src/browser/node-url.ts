/** `node:url` in the page: POSIX paths of the in-memory file system as file URLs and back. */
export function pathToFileURL(path: string): URL {
  return new URL(`file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`)
}

export function fileURLToPath(url: string | URL): string {
  return decodeURIComponent(new URL(String(url)).pathname)
}

export default {pathToFileURL, fileURLToPath}
