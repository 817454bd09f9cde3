/** "1 comment", "3 comments", "No comments". */
export function commentCountLabel(count: number): string {
  if (count === 0) return 'No comments'
  return count === 1 ? '1 comment' : `${count} comments`
}
