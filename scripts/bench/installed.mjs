/** The command as a user installs it: the published package's files and bundle (scripts/bundle.mjs), laid out in a scratch folder. */
import {cpSync, mkdirSync} from 'node:fs'
import path from 'node:path'
import {bundlePackage} from '../bundle.mjs'

/** Packs packages/cli into `<scratch>/gazette-lint` and returns the path of its bin. */
export async function packInstalled(root, scratch) {
  const installed = path.join(scratch, 'gazette-lint')
  mkdirSync(installed)
  cpSync(path.join(root, 'packages', 'cli', 'package.json'), path.join(installed, 'package.json'))
  cpSync(path.join(root, 'packages', 'cli', 'bin'), path.join(installed, 'bin'), {recursive: true})
  await bundlePackage(path.join(root, 'packages', 'cli'), installed)
  return path.join(installed, 'bin', 'gazette-lint.js')
}
