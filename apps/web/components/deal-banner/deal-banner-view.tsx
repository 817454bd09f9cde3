import type { Deal } from '@repo/content/view-models'
import type { ReactNode } from 'react'
import { fieldText } from '@/components/preview/field-text'
import { anchorProps } from '@/lib/links'
import { dataSanity, isEditable, type EditAttribute } from '@/lib/preview/edit-path'
import { dealText } from './deal-text'
import { DismissButton } from './dismiss-button.client'
import { BANNER_ID, dismissalKey, hiddenWhenDismissedCss } from './dismissal'
import styles from './deal-banner.module.css'

export const DEALS_PATH = '/deals'

/**
 * The sentence; in draft mode built from its fields so each follows what marketing types
 * (LiveText), for shoppers the one string it always was.
 */
function bannerText(deal: Deal, edit: EditAttribute | undefined): ReactNode {
  if (!isEditable(edit, 'message')) return dealText(deal)
  const live = (field: 'label' | 'message' | 'emoji', value: string) =>
    fieldText(edit, deal, field, value)
  return (
    <>
      {live('label', deal.label)}: {live('message', deal.message)}
      {deal.emoji && <> {live('emoji', deal.emoji)}</>}
    </>
  )
}

/** The site-wide deal bar: one sentence, an optional safe link and a close button. */
export function DealBannerView({
  deal,
  siteUrl,
  edit,
}: {
  deal: Deal
  siteUrl: string
  edit?: EditAttribute
}) {
  const text = bannerText(deal, edit)
  // A deal without a link of its own points at the deals page, which spells out its terms.
  const link = anchorProps(deal.href ?? DEALS_PATH, siteUrl)
  const key = dismissalKey(deal)
  return (
    <aside id={BANNER_ID} className={styles.banner} aria-label={deal.label}>
      {key && <style>{hiddenWhenDismissedCss(key)}</style>}
      {/* The sentence is label, message and emoji; the message is what marketing edits most. */}
      <p className={styles.text} {...dataSanity(edit?.('message'))}>
        {link ? (
          <a className={styles.link} {...link}>
            {text}
          </a>
        ) : (
          text
        )}
      </p>
      {key && <DismissButton dismissKey={key} label={deal.label} />}
    </aside>
  )
}
