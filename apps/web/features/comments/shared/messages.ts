/** Everything a reader can be told about a comment submission, in one place. */

export const ACCEPTED_MESSAGE = 'Thanks — your comment awaits moderation.'
/** A preview from the cached page's static form (no JavaScript): the form again, now signed. */
export const CONFIRM_MESSAGE = 'Please check your comment, then post it.'
export const UNAVAILABLE_MESSAGE = 'We could not post your comment. Please try again.'
export const TOO_FAST_MESSAGE =
  'That was quick! Please take a moment to read your comment over, then post it again.'
export const EXPIRED_MESSAGE = 'This form has expired. Please post your comment again.'
export const FORGED_MESSAGE = 'We could not verify this form. Please post your comment again.'
export const TOO_LARGE_MESSAGE =
  'Your comment is too long to send. Please shorten it and try again.'
export const UNSUPPORTED_TYPE_MESSAGE = 'Comments must be sent as a form or as JSON.'
export const MALFORMED_MESSAGE = 'We could not read your comment. Please try again.'
export const UNKNOWN_ARTICLE_MESSAGE = 'We could not find the article you are commenting on.'
export const COMMENTS_CLOSED_MESSAGE = 'Comments are closed for this article.'

/** "Please wait N seconds" for a rate-limited reader, in minutes once that reads better. */
export function rateLimitedMessage(retryAfterSeconds: number): string {
  const wait =
    retryAfterSeconds < 90
      ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`
      : `${Math.ceil(retryAfterSeconds / 60)} minutes`
  return `You are posting comments too quickly. Please wait ${wait} and try again.`
}
