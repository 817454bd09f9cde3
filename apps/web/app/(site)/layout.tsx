import type { ReactNode } from 'react'
import { PreviewBar } from '@/components/preview/preview-bar'
import { SiteChrome } from '@/components/site/site-chrome'

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteChrome>{children}</SiteChrome>
      <PreviewBar />
    </>
  )
}
