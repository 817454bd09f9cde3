// The route lives with the rest of the comments feature.
export { POST } from '@/features/comments/routes/post-route'
