import { NotFoundContent } from '@/components/site/not-found-content'

export default function NotFound() {
  return <NotFoundContent />
}
