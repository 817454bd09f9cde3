import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { comment } from '@/test/fixtures'
import { CommentsSection } from '../comments-section'

const comments = [
  comment('c1', 'Maria', 'Stretching really helped me.', '2025-03-05T08:00:00Z'),
  comment('c2', 'Tom', '<b>bold</b> <img src=x onerror="alert(1)">', '2025-03-06T08:00:00Z'),
]

describe('CommentsSection', () => {
  it('shows the count in its heading and each comment with name and date, in the given (oldest-first) order', () => {
    render(<CommentsSection comments={comments} commentsEnabled />)
    expect(screen.getByRole('heading', { level: 2, name: '2 comments' })).toBeInTheDocument()
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('Maria')
    expect(items[0]).toHaveTextContent('March 5, 2025')
    expect(items[0]?.querySelector('time')).toHaveAttribute('datetime', '2025-03-05T08:00:00.000Z')
    expect(items[1]).toHaveTextContent('Tom')
  })

  it('shows HTML in a comment as text, never as markup', () => {
    render(<CommentsSection comments={comments} commentsEnabled />)
    const tom = screen.getByRole('article', { name: 'Comment by Tom' })
    expect(tom).toHaveTextContent('<b>bold</b> <img src=x onerror="alert(1)">')
    expect(tom.querySelector('b, img')).toBeNull()
  })

  it('has a clearly marked place for the comment form', () => {
    render(<CommentsSection comments={[]} commentsEnabled />)
    expect(screen.getByRole('heading', { name: 'No comments' })).toBeInTheDocument()
    const slot = screen.getByRole('region', { name: 'Leave a comment' })
    expect(slot).toHaveAttribute('data-slot', 'comment-form')
  })

  it('renders a form passed into the slot, and says so when comments are closed', () => {
    const { rerender } = render(
      <CommentsSection comments={[]} commentsEnabled form={<p>the form</p>} />,
    )
    expect(
      within(screen.getByRole('region', { name: 'Leave a comment' })).getByText('the form'),
    ).toBeInTheDocument()
    rerender(<CommentsSection comments={[]} commentsEnabled={false} form={<p>the form</p>} />)
    expect(screen.getByText('Comments are closed for this article.')).toBeInTheDocument()
    expect(screen.queryByText('the form')).toBeNull()
  })

  it('says "1 comment" for one', () => {
    render(
      <CommentsSection
        comments={[comments[0] ?? comment('x', 'x', 'x', '2025-01-01T00:00:00Z')]}
        commentsEnabled
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: '1 comment' })).toBeInTheDocument()
  })
})
