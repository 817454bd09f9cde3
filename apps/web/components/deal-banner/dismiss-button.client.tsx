'use client'

import { DISMISSED_ATTRIBUTE, DISMISSED_STORAGE_KEY } from './dismissal'
import styles from './deal-banner.module.css'

/** Hides the banner now and remembers it for this deal revision. */
export function DismissButton({ dismissKey, label }: { dismissKey: string; label: string }) {
  function dismiss() {
    document.documentElement.setAttribute(DISMISSED_ATTRIBUTE, dismissKey)
    try {
      localStorage.setItem(DISMISSED_STORAGE_KEY, dismissKey)
    } catch {
      // Storage can be unavailable (private mode, quota); the banner is still hidden for this page.
    }
    // The focused button just disappeared: continue from the main content, not from <body>.
    document.getElementById('main')?.focus()
  }
  return (
    <button
      type="button"
      className={styles.close}
      onClick={dismiss}
      aria-label={`Dismiss ${label}`}
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
        <path
          d="M3.5 3.5l9 9m0-9l-9 9"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    </button>
  )
}
