import type { Deal } from '@repo/content/view-models'

/** The banner's sentence: "Today's deal: free shipping on all orders 🥳". */
export function dealText(deal: Pick<Deal, 'label' | 'message' | 'emoji'>): string {
  const sentence = `${deal.label}: ${deal.message}`
  return deal.emoji ? `${sentence} ${deal.emoji}` : sentence
}
