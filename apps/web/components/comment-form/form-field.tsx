import type { CommentField } from '@/lib/comments/form-state'
import { COMMENT_LIMITS } from '@/lib/comments/limits'
import styles from './comment-form.module.css'

interface FormFieldProps {
  field: CommentField
  label: string
  hint?: string
  error: string | undefined
  multiline?: boolean
  type?: 'text' | 'email'
  required?: boolean
  autoComplete?: string
  onEdit: (field: CommentField) => void
}

/** One labelled input of the comment form, its error tied to it for assistive technology. */
export function FormField({
  field,
  label,
  hint,
  error,
  multiline,
  type = 'text',
  onEdit,
  ...input
}: FormFieldProps) {
  const id = `comment-${field}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const shared = {
    id,
    name: field,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    className: styles.input,
    maxLength: COMMENT_LIMITS[field],
    onChange: () => onEdit(field),
    ...input,
  }
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {multiline ? <textarea rows={6} {...shared} /> : <input type={type} {...shared} />}
      {error ? (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
