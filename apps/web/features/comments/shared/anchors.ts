/** Where a plain form post lands once accepted: the static form reveals its notice on `:target`. */
export const RECEIVED_ANCHOR = 'comment-received'
