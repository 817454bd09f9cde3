import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomId } from '../ids'

/** The folder of a dataset's images or files under the lake's data folder. */
export type BlobFolder = 'images' | 'files'

/**
 * Asset bytes on disk, addressed by content: `DIR/assets/<dataset>/<images|files>/<sha1>…`. Names come
 * only from parsed hashes and dimensions (never from a request path), so no path can leave the folder.
 */
export class BlobStore {
  constructor(private readonly root: string) {}

  private folder(dataset: string, folder: BlobFolder): string {
    return join(this.root, dataset, folder)
  }

  /** Writes bytes once: a temp file renamed into place, so readers never see half a file. */
  put(dataset: string, folder: BlobFolder, name: string, bytes: Buffer): void {
    const dir = this.folder(dataset, folder)
    mkdirSync(dir, { recursive: true })
    const temp = join(dir, `.tmp-${randomId(12)}`)
    writeFileSync(temp, bytes)
    renameSync(temp, join(dir, name))
  }

  /** The bytes, or undefined when no such blob exists. */
  async get(dataset: string, folder: BlobFolder, name: string): Promise<Buffer | undefined> {
    try {
      return await readFile(join(this.folder(dataset, folder), name))
    } catch {
      return undefined
    }
  }

  /** Names of the stored blobs of one folder (for exports). */
  list(dataset: string, folder: BlobFolder): string[] {
    try {
      return readdirSync(this.folder(dataset, folder)).filter((name) => !name.startsWith('.'))
    } catch {
      return []
    }
  }

  /** Removes a blob (after its asset document is deleted); missing blobs are fine. */
  remove(dataset: string, folder: BlobFolder, name: string): void {
    rmSync(join(this.folder(dataset, folder), name), { force: true })
  }
}
