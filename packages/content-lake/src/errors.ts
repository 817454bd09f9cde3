/** An error that becomes a JSON response `{error: {description, type, ...}}` with an HTTP status. */
export class LakeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(description)
    this.name = 'LakeError'
  }

  /** The response body in Sanity's error shape. */
  toBody(): { error: Record<string, unknown> } {
    return { error: { description: this.message, type: this.type, ...this.extra } }
  }
}

/** 400: the request is malformed. */
export const badRequest = (description: string, extra?: Record<string, unknown>): LakeError =>
  new LakeError(400, 'httpBadRequest', description, extra)

/** 401: no valid credentials. */
export const unauthorized = (description: string): LakeError =>
  new LakeError(401, 'httpUnauthorized', description)

/** 403: valid credentials without the needed permission. */
export const forbidden = (description: string): LakeError =>
  new LakeError(403, 'httpForbidden', description)

/** 404: no such resource. */
export const notFound = (description: string): LakeError =>
  new LakeError(404, 'httpNotFound', description)

/** 413: the body is larger than `maxBodyBytes`. */
export const payloadTooLarge = (limit: number): LakeError =>
  new LakeError(
    413,
    'httpPayloadTooLarge',
    `Request body is larger than the limit of ${limit} bytes`,
  )

/** A per-item failure inside a mutation or action request, reported like Sanity's `mutationError`. */
export interface ItemFailure {
  status: number
  index: number
  id?: string
  type: string
  description: string
}

/** Wraps item failures into Sanity's `{type: 'mutationError'|'actionError', items: [...]}` shape. */
export function itemsError(kind: 'mutationError' | 'actionError', failure: ItemFailure): LakeError {
  const what = kind === 'mutationError' ? 'Mutation' : 'Action'
  return new LakeError(failure.status, kind, `${what}(s) failed with 1 error(s)`, {
    items: [
      {
        error: {
          description: failure.description,
          type: failure.type,
          ...(failure.id ? { id: failure.id } : {}),
        },
        index: failure.index,
      },
    ],
  })
}
