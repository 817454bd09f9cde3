import { describe, expect, it } from '@jest/globals'
import { fireEvent, render, screen } from '@testing-library/react'
import { PreviewTimeForm } from '../preview-time-form.client'

jest.mock('next/navigation', () => ({ usePathname: () => '/deals' }))

describe('PreviewTimeForm', () => {
  it('is a labelled form to the time route that returns to the page', () => {
    const { container } = render(<PreviewTimeForm />)
    const input = screen.getByLabelText('View the site at')
    expect(input).toHaveAttribute('type', 'datetime-local')
    expect(input).toBeRequired()
    const form = container.querySelector('form')
    expect(form).toHaveAttribute('action', '/api/draft-mode/time')
    expect(form).toHaveAttribute('method', 'post')
    expect(container.querySelector('input[name="redirect"]')).toHaveValue('/deals')
    expect(screen.getByRole('button', { name: 'View' })).toBeEnabled()
    // "Now" must work with the time field empty.
    expect(screen.getByRole('button', { name: 'Now' })).toHaveAttribute('formnovalidate')
  })

  it("sends the browser's zone offset for the chosen moment", () => {
    const { container } = render(<PreviewTimeForm />)
    const input = screen.getByLabelText('View the site at')
    fireEvent.change(input, { target: { value: '2026-12-01T09:00' } })
    const form = container.querySelector('form')
    if (!form) throw new Error('no form')
    // jsdom does not navigate on submit; the handler has run by then.
    form.addEventListener('submit', (event) => event.preventDefault())
    fireEvent.submit(form)
    const expected = String(new Date('2026-12-01T09:00').getTimezoneOffset())
    expect(container.querySelector('input[name="tz"]')).toHaveValue(expected)
  })
})
