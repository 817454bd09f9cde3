import { badRequest } from '../errors'
import { readBodyBytes } from '../http/body'
import type { RawRequest } from '../http/raw'

/** Reads an asset's bytes up to `limit` (413 beyond it); an empty body is a 400. */
export async function readRawBody(req: RawRequest, limit: number): Promise<Buffer> {
  const bytes = await readBodyBytes(req, limit)
  if (bytes.length === 0) throw badRequest('The request body is empty; expected the asset bytes')
  return bytes
}
