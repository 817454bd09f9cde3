import { enableDraftMode } from '@/lib/preview/handshake'

/** `previewMode.enable` of the Studio's Presentation tool (studio/presentation). */
export function GET(request: Request): Promise<Response> {
  return enableDraftMode(request)
}
