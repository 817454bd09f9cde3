/** A raw JSON request to the lake (for what @sanity/client does not expose, such as status codes and headers). */
export async function request(
  url: string,
  options: {
    method?: string
    token?: string
    body?: string | object
    headers?: Record<string, string>
  } = {},
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let body: string | undefined
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    headers['content-type'] ??= 'application/json'
  }
  const response = await fetch(url, { method: options.method ?? 'GET', headers, body })
  const text = await response.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = text
  }
  return { status: response.status, headers: response.headers, json }
}
