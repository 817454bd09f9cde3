import { COMMENT_LIMITS } from '@repo/content/comment-limits'
import type { CommentField } from '@/features/comments/shared/form-state'
import { fieldId, TEXTAREA_ROWS, type VisibleField } from '@/features/comments/shared/form-fields'
import styles from './comment-form.module.css'

interface FormFieldProps {
  spec: VisibleField
  hint?: string
  error: string | undefined
  onEdit: (field: CommentField) => void
}

/** One labelled input of the comment form, its error tied to it for assistive technology. */
export function FormField({ spec, hint, error, onEdit }: FormFieldProps) {
  const { field, label, type, required, autoComplete } = spec
  const id = fieldId(field)
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
    required,
    autoComplete,
    onChange: () => onEdit(field),
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
      {type === 'textarea' ? (
        <textarea rows={TEXTAREA_ROWS} {...shared} />
      ) : (
        <input type={type} {...shared} />
      )}
      {error ? (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
