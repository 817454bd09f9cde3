'use client'

import { usePathname } from 'next/navigation'
import { type FormEvent, useId } from 'react'

/** Fills in the browser's zone offset for the chosen moment, so the server reads it as local. */
function addZoneOffset(event: FormEvent<HTMLFormElement>) {
  const form = event.currentTarget
  const at = form.elements.namedItem('at')
  const zone = form.elements.namedItem('tz')
  if (!(at instanceof HTMLInputElement) || !(zone instanceof HTMLInputElement)) return
  // A datetime-local value parses as local time; its own offset handles daylight saving.
  const chosen = new Date(at.value)
  zone.value = Number.isNaN(chosen.getTime()) ? '' : String(chosen.getTimezoneOffset())
}

/**
 * "View the site at": a plain form to /api/draft-mode/time, so it works before (or without)
 * JavaScript, when the time is read as UTC. Submitting reloads the page at the chosen time.
 */
export function PreviewTimeForm({ className }: { className?: string }) {
  const pathname = usePathname()
  const id = useId()
  return (
    <form
      className={className}
      action="/api/draft-mode/time"
      method="post"
      onSubmit={addZoneOffset}
    >
      <input type="hidden" name="redirect" value={pathname} />
      <input type="hidden" name="tz" defaultValue="" />
      <label htmlFor={id}>View the site at</label>
      <input id={id} type="datetime-local" name="at" required step={60} />
      <button type="submit">View</button>
      <button type="submit" name="reset" value="now" formNoValidate>
        Now
      </button>
    </form>
  )
}
