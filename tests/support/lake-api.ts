import { request } from 'node:https'

const API_VERSION = 'v2025-02-19'

/** A Sanity mutation, as the Content Lake's mutate endpoint takes it. */
export type Mutation =
  | { createOrReplace: Record<string, unknown> & { _id: string; _type: string } }
  | { create: Record<string, unknown> & { _type: string } }
  | { patch: { id: string; set?: Record<string, unknown>; unset?: string[] } }
  | { delete: { id: string } }

/**
 * Sanity's HTTP API on a local lake, trusting only that lake's certificate (no global TLS
 * changes in the test process). An empty token calls it anonymously.
 */
export class LakeApi {
  constructor(
    readonly url: string,
    private readonly ca: string,
    private readonly token: string,
    private readonly dataset = 'production',
  ) {}

  /** Applies mutations as one transaction; resolves once they are committed. */
  async mutate(mutations: Mutation[]): Promise<unknown> {
    return this.send(
      'POST',
      `/${API_VERSION}/data/mutate/${this.dataset}?returnIds=true&visibility=sync`,
      { mutations },
    )
  }

  /** Runs actions (`/data/actions`: document, release and version actions) as one transaction. */
  async action(actions: Array<Record<string, unknown> & { actionType: string }>): Promise<unknown> {
    return this.send('POST', `/${API_VERSION}/data/actions/${this.dataset}`, { actions })
  }

  /**
   * Runs a GROQ query (published perspective unless `raw`, which shows drafts, or a release id)
   * and returns its result.
   */
  async query<T = unknown>(
    query: string,
    params: Record<string, unknown> = {},
    perspective: string = 'published',
  ): Promise<T> {
    const search = new URLSearchParams({ query, perspective })
    for (const [name, value] of Object.entries(params))
      search.set(`$${name}`, JSON.stringify(value))
    const body = (await this.send(
      'GET',
      `/${API_VERSION}/data/query/${this.dataset}?${search}`,
    )) as { result: T }
    return body.result
  }

  private send(method: string, path: string, json?: unknown): Promise<unknown> {
    const payload = json === undefined ? undefined : JSON.stringify(json)
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(path, this.url),
        {
          method,
          ca: this.ca,
          headers: {
            // No token: an anonymous caller, as a shopper's browser would be.
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString()
            if ((res.statusCode ?? 500) >= 400)
              reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`))
            else resolve(text ? JSON.parse(text) : null)
          })
        },
      )
      req.once('error', reject)
      req.end(payload)
    })
  }
}
