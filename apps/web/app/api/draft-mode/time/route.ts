import type { NextRequest, NextResponse } from 'next/server'
import { setPreviewTime } from '@/lib/preview/preview-time-route'

/** The preview bar's "View the site at" form, with JavaScript (either method) or without. */
export function GET(request: NextRequest): Promise<NextResponse> {
  return setPreviewTime(request)
}

export function POST(request: NextRequest): Promise<NextResponse> {
  return setPreviewTime(request)
}
