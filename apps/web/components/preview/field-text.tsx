import type { ReactNode } from 'react'
import { isEditable, type EditAttribute } from '@/lib/preview/edit-path'
import type { LiveField } from '@/lib/preview/live-fields'
import { LiveText } from './live-text.client'

/**
 * A document's plain-text field as a page shows it. In draft mode (the page was given
 * click-to-edit attributes) it follows what the editor types (`LiveText`); for shoppers it is the
 * plain string, so their HTML, its RSC payload and the cached page stay exactly what they were.
 */
export function fieldText(
  edit: EditAttribute | undefined,
  document: { id: string },
  field: LiveField,
  value: string,
): ReactNode {
  return isEditable(edit, field) ? <LiveText id={document.id} field={field} value={value} /> : value
}
