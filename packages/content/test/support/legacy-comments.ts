/** The seed as a dataset from before comments were private: every comment on a root-path id. */
import { loadSeed, type SeedDocument } from './seed'

const MAIN_ID = 'article-lower-back-pain-after-exercise'

/** A comment made in the Studio before: a bare uuid, no `comment-` prefix. */
export const STUDIO_COMMENT_ID = '0b6f3e2a-5c1d-4e8f-9a7b-2d4c6e8f0a1b'

/** What the old dataset held besides the seed's comments (renamed `comment-NN`). */
const extras: SeedDocument[] = [
  // An editor's unpublished change to a pending comment: the draft must move with it.
  {
    _id: 'drafts.comment-04',
    _type: 'comment',
    article: { _type: 'reference', _ref: MAIN_ID },
    authorName: 'Alex',
    authorEmail: 'alex@example.com',
    body: 'Is it fine to keep training with mild soreness?',
    status: 'approved',
    submittedAt: '2025-03-15T21:30:00.000Z',
    moderatedAt: '2025-03-16T08:00:00.000Z',
  },
  // A draft whose comment was never published.
  {
    _id: 'drafts.comment-11',
    _type: 'comment',
    article: { _type: 'reference', _ref: MAIN_ID },
    authorName: 'Draft only',
    body: 'Never published.',
    status: 'pending',
    submittedAt: '2025-03-17T10:00:00.000Z',
  },
  {
    _id: STUDIO_COMMENT_ID,
    _type: 'comment',
    article: { _type: 'reference', _ref: MAIN_ID },
    authorName: 'Made in the Studio',
    body: 'Added by an editor.',
    status: 'approved',
    submittedAt: '2025-03-18T10:00:00.000Z',
    moderatedAt: '2025-03-18T10:05:00.000Z',
  },
]

/** The seed with every comment back on `comment-NN`, plus drafts and a Studio-made comment. */
export function legacyDataset(): SeedDocument[] {
  const seed = loadSeed().map((doc) =>
    doc._type === 'comment' ? { ...doc, _id: doc._id.replace(/^comments\./, 'comment-') } : doc,
  )
  return [...seed, ...extras]
}
