import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { TableOfContents } from '../table-of-contents'

describe('TableOfContents', () => {
  it('links to every heading in order, h3s nested under their h2', () => {
    render(
      <TableOfContents
        headings={[
          { id: 'causes', text: 'What Causes Lower Back Pain After Exercise?', level: 2 },
          {
            id: 'microtrauma',
            text: 'Lower back pain may be associated with microtrauma',
            level: 3,
          },
          { id: 'stretch', text: 'You probably under-stretched', level: 3 },
          { id: 'prevent', text: 'Ways to Prevent Lower Back Pain After Exercise', level: 2 },
        ]}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'On this page' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#causes',
      '#microtrauma',
      '#stretch',
      '#prevent',
    ])
    const nested = screen.getByRole('link', { name: 'You probably under-stretched' }).closest('ol')
    expect(nested?.closest('li')).toHaveTextContent(/^What Causes/)
  })

  it('renders nothing for an article without headings', () => {
    const { container } = render(<TableOfContents headings={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
