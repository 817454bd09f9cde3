// Reader comments in every moderation status, on private sub-path ids (`comments.<n>`: Sanity
// shows anonymous readers only ids without a dot). Emails are private: stored, never selected by a
// public query (some comments have one, some do not).
import { COOL_DOWN_ID, DESK_HABITS_ID, MAIN_ARTICLE_ID } from './articles.mjs'

const on = (articleId) => ({ _type: 'reference', _ref: articleId })

const rows = [
  [
    MAIN_ARTICLE_ID,
    'approved',
    'Jordan',
    'jordan@example.com',
    'The hamstring stretches made a real difference after my deadlift days. Thanks for the clear list!',
    '2025-03-11T09:12:00.000Z',
  ],
  [
    MAIN_ARTICLE_ID,
    'approved',
    'Priya',
    null,
    'I had never heard of venous insufficiency. Putting my legs up after long runs really helps.',
    '2025-03-12T18:40:00.000Z',
  ],
  [
    MAIN_ARTICLE_ID,
    'approved',
    'Sam K.',
    'sam@example.org',
    'Travel smart is so true.\nA lumbar pillow saved my last long-haul flight.',
    '2025-03-14T07:05:00.000Z',
  ],
  [
    MAIN_ARTICLE_ID,
    'pending',
    'Alex',
    'alex@example.com',
    'Is it fine to keep training with mild soreness, or should I rest completely?',
    '2025-03-15T21:30:00.000Z',
  ],
  [MAIN_ARTICLE_ID, 'rejected', 'Chris', null, 'first!!', '2025-03-10T08:01:00.000Z'],
  [
    MAIN_ARTICLE_ID,
    'spam',
    'Best Deals 4U',
    'offers@spam.example',
    'Cheap supplements, huge discounts, click my profile now!!!',
    '2025-03-13T03:33:00.000Z',
  ],
  [
    COOL_DOWN_ID,
    'approved',
    'Lena',
    null,
    'Short enough that I actually do it. The breathing minute is my favourite part.',
    '2025-02-22T12:00:00.000Z',
  ],
  [
    COOL_DOWN_ID,
    'pending',
    'Tom',
    'tom@example.net',
    'Could you add a version for swimmers?',
    '2025-02-25T16:45:00.000Z',
  ],
  [
    DESK_HABITS_ID,
    'approved',
    'Ana',
    'ana@example.com',
    'The 30-minute reminder changed my work days. My back thanks you.',
    '2025-02-02T10:20:00.000Z',
  ],
  [
    DESK_HABITS_ID,
    'spam',
    'seo-services',
    'seo@spam.example',
    'We can rank your website first on Google, contact us today.',
    '2025-02-03T02:10:00.000Z',
  ],
]

const later = (iso, hours) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString()

export const comments = rows.map(
  ([articleId, status, authorName, authorEmail, text, submittedAt], i) => ({
    _id: `comments.${String(i + 1).padStart(2, '0')}`,
    _type: 'comment',
    article: on(articleId),
    authorName,
    ...(authorEmail ? { authorEmail } : {}),
    body: text,
    status,
    submittedAt,
    ...(status === 'pending' ? {} : { moderatedAt: later(submittedAt, 6) }),
  }),
)
