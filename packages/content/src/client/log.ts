import type { DroppedBlock } from '../api'
import type { InvalidError } from './invalid'

/** The default `onInvalid`: one line naming the document, the path and what is wrong. */
export function logInvalid(error: InvalidError): void {
  const type = error.documentType ?? 'result'
  console.error(
    `[content] invalid ${type} ${error.documentId ?? '(no id)'} at ${error.path}: ${error.message}`,
  )
}

/** The default `onDroppedBlock`: one line; the rest of the document is still served. */
export function logDroppedBlock(block: DroppedBlock): void {
  const type = block.documentType ?? 'document'
  console.warn(
    `[content] dropped block of unknown type "${block.blockType}" in ${type} ${block.documentId ?? '(no id)'} at ${block.path}`,
  )
}
