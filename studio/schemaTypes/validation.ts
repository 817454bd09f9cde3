import { isSafeHref, UNSAFE_LINK_MESSAGE } from '@repo/content/links'
import type { CustomValidator } from 'sanity'

/** Validates an optional link field: empty is fine, anything else must be a safe target. */
export const safeHref: CustomValidator<string | undefined> = (value) =>
  value === undefined || value === '' || isSafeHref(value) ? true : UNSAFE_LINK_MESSAGE

/** An image's alt text is required whenever an image asset is set. */
export const altRequiredWhenImageSet: CustomValidator<string | undefined> = (value, context) => {
  const parent = context.parent as { asset?: unknown } | undefined
  if (!parent?.asset) return true
  return value && value.trim().length > 0
    ? true
    : 'Alt text is required: describe the image for readers who cannot see it'
}
