/**
 * The `data-sanity` value for one field of the document being shown (e.g. `title`,
 * `body[_key=="a1"]`): VisualEditing draws a click-to-edit overlay over elements that carry it.
 * `undefined` means no attribute, as on every shopper's page.
 */
export type EditAttribute = (path: string) => string | undefined

/**
 * Whether a page was given click-to-edit attributes, i.e. renders for a preview. Outside draft mode
 * pages get either no `EditAttribute` or one that yields nothing (edit-attributes.ts), and both
 * mean a shopper's page.
 */
export function isEditable(edit: EditAttribute | undefined, path: string): boolean {
  return edit?.(path) !== undefined
}

/** The path of one Portable Text block of an article body (blocks are addressed by `_key`). */
export function bodyBlockPath(key: string): string {
  return `body[_key==${JSON.stringify(key)}]`
}

/**
 * The attribute as props to spread: nothing at all when there is no value, so a shopper's page
 * (HTML and its RSC payload, which would otherwise list `"data-sanity":"$undefined"`) is unchanged.
 */
export function dataSanity(value: string | undefined): { 'data-sanity'?: string } {
  return value === undefined ? {} : { 'data-sanity': value }
}
