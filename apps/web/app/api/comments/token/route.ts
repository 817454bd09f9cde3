// The route lives with the rest of the comments feature.
export { GET } from '@/features/comments/routes/token-route'
