// The seed's articles: the converted main article and two short ones of the Journal's own, which
// share a category with it and use every kind of block the storefront renders.
import { AUTHOR_ID, CATEGORY_IDS, REVIEWER_ID } from './people-and-places.mjs'
import { body, keyFor } from './portable-text.mjs'

export const MAIN_ARTICLE_ID = 'article-lower-back-pain-after-exercise'
export const MAIN_ARTICLE_SLUG = 'how-to-prevent-lower-back-pain-after-exercise'
export const COOL_DOWN_ID = 'article-cool-down-routine'
export const DESK_HABITS_ID = 'article-desk-habits'

const ref = (_ref) => ({ _type: 'reference', _ref })
const refs = (docId, ids) =>
  ids.map((id, i) => ({ ...ref(id), _key: keyFor(docId, `categories[${i}]`) }))

/** The main article around the converted title and body. */
export function mainArticle({ title, body: blocks }) {
  return {
    _id: MAIN_ARTICLE_ID,
    _type: 'article',
    title,
    slug: { _type: 'slug', current: MAIN_ARTICLE_SLUG },
    excerpt:
      'Why your lower back can ache after a workout, when the pain deserves a closer look, and simple habits that help prevent it.',
    body: blocks,
    author: ref(AUTHOR_ID),
    categories: refs(MAIN_ARTICLE_ID, [CATEGORY_IDS.backHealth, CATEGORY_IDS.exerciseRecovery]),
    publishedAt: '2025-03-10T08:00:00.000Z',
    medicalReviewer: ref(REVIEWER_ID),
    reviewedAt: '2025-03-06T09:00:00.000Z',
    commentsEnabled: true,
    seo: {
      title: 'How to Prevent Lower Back Pain After Exercise',
      description:
        'What causes lower back pain after a workout and how to prevent it: core strength, stretching, posture, smart travel and lifting.',
    },
  }
}

const mainLink = `/blog/${MAIN_ARTICLE_SLUG}`

export const coolDownArticle = {
  _id: COOL_DOWN_ID,
  _type: 'article',
  title: 'A Ten-Minute Cool-Down for After Your Workout',
  slug: { _type: 'slug', current: 'ten-minute-cool-down-after-your-workout' },
  excerpt:
    'A short, calm routine that lets your heart rate settle and keeps stiffness away the next day.',
  body: body(COOL_DOWN_ID, [
    [
      'normal',
      'The last ten minutes of a workout are the easiest to skip and *among the most useful*.',
    ],
    ['h2', 'Why cool down at all?'],
    [
      'normal',
      'Easing off gradually lets your breathing and heart rate settle, and it is a good moment to **stretch while your muscles are warm**.',
    ],
    ['bullet', 'Your heart rate comes down gently instead of all at once.'],
    ['bullet', 'Warm muscles stretch further with less effort.'],
    ['bullet', 'You notice early which areas feel tight or sore.'],
    ['h2', 'The routine'],
    ['number', 'Walk or cycle slowly for three minutes.'],
    ['number', 'Hold a standing hamstring stretch for 30 seconds on each side.'],
    ['number', 'Do a knee-to-chest stretch lying on your back, 30 seconds per leg.'],
    ['number', 'Finish with a minute of slow breathing.'],
    ['blockquote', 'A cool-down should feel easy. If a stretch hurts, ease off.'],
    [
      'normal',
      'Back pain after training? Read [how to prevent lower back pain after exercise](' +
        mainLink +
        ') or the [WHO guidance on physical activity](https://www.who.int/news-room/fact-sheets/detail/physical-activity).',
    ],
  ]),
  author: ref(AUTHOR_ID),
  categories: refs(COOL_DOWN_ID, [CATEGORY_IDS.exerciseRecovery]),
  publishedAt: '2025-02-20T08:00:00.000Z',
  commentsEnabled: true,
}

export const deskHabitsArticle = {
  _id: DESK_HABITS_ID,
  _type: 'article',
  title: 'Desk Habits That Keep Your Back Happy',
  slug: { _type: 'slug', current: 'desk-habits-that-keep-your-back-happy' },
  excerpt: 'Long hours at a desk are hard on your back. A few small habits make a big difference.',
  body: body(DESK_HABITS_ID, [
    ['normal', 'Sitting is not the enemy; *sitting still for hours* is.'],
    ['h2', 'Set up your desk'],
    ['bullet', 'Keep the top of the screen at about eye level.'],
    [
      'bullet',
      'Support the **natural curve of your lower back** with the chair or a small cushion.',
    ],
    ['bullet', 'Rest your feet flat on the floor or on a footrest.'],
    ['h2', 'Move every half hour'],
    ['number', 'Set a quiet reminder for every 30 minutes.'],
    ['number', 'Stand up, roll your shoulders and walk a few steps.'],
    ['number', 'Take phone calls standing when you can.'],
    ['blockquote', 'The best posture is the next one.'],
    [
      'normal',
      'More ideas in [keep a proper posture](' +
        mainLink +
        '), or write to [our coaches](mailto:coaches@example.com).',
    ],
  ]),
  author: ref(AUTHOR_ID),
  categories: refs(DESK_HABITS_ID, [CATEGORY_IDS.backHealth, CATEGORY_IDS.everydayMovement]),
  publishedAt: '2025-01-28T08:00:00.000Z',
  commentsEnabled: true,
}
