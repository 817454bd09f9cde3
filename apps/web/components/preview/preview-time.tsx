import { DealTime } from '@/components/deals/deal-time'
import { previewClock } from '@/lib/preview/preview-clock'
import styles from './preview.module.css'
import { PreviewTimeForm } from './preview-time-form.client'

/**
 * "See it on the day": what time the preview shows and the control to change it. Everything
 * time-dependent in the preview (the deal banner, /deals, the banner's refresh) follows it; the
 * preview is rendered per request, so the chosen time reaches no one else.
 */
export async function PreviewTime() {
  const clock = await previewClock()
  return (
    <>
      {clock && (
        <p className={styles.time} role="status">
          Viewing the site at <DealTime iso={new Date(clock.now).toISOString()} />
        </p>
      )}
      <PreviewTimeForm className={styles.timeForm} />
    </>
  )
}
