// Authors, categories, the site settings and the deal of the seed content.
import { keyFor } from './portable-text.mjs'

const slug = (current) => ({ _type: 'slug', current })

export const AUTHOR_ID = 'author-maya-ortiz'
export const REVIEWER_ID = 'author-daniel-reyes'

export const authors = [
  {
    _id: AUTHOR_ID,
    _type: 'author',
    name: 'Maya Ortiz',
    slug: slug('maya-ortiz'),
    credentials: 'Physical therapist, DPT',
    bio: 'Maya is a physical therapist who helps runners, lifters and desk workers train without pain. She writes the Journal’s guides to recovery and back health.',
    sameAs: ['https://example.com/team/maya-ortiz'],
  },
  {
    _id: REVIEWER_ID,
    _type: 'author',
    name: 'Daniel Reyes',
    slug: slug('daniel-reyes'),
    credentials: 'Sports medicine physician, MD',
    bio: 'Daniel is a sports medicine physician. He reviews the Journal’s health articles for medical accuracy.',
    sameAs: ['https://example.com/team/daniel-reyes'],
  },
]

export const CATEGORY_IDS = {
  backHealth: 'category-back-health',
  exerciseRecovery: 'category-exercise-recovery',
  everydayMovement: 'category-everyday-movement',
}

export const categories = [
  {
    _id: CATEGORY_IDS.backHealth,
    _type: 'category',
    title: 'Back health',
    slug: slug('back-health'),
    description: 'Keeping your back strong and pain-free, at the gym and at home.',
  },
  {
    _id: CATEGORY_IDS.exerciseRecovery,
    _type: 'category',
    title: 'Exercise & recovery',
    slug: slug('exercise-recovery'),
    description: 'Warm-ups, cool-downs, rest days and everything that helps a workout pay off.',
  },
  {
    _id: CATEGORY_IDS.everydayMovement,
    _type: 'category',
    title: 'Everyday movement',
    slug: slug('everyday-movement'),
    description:
      'Small habits for the hours between workouts: sitting, standing, lifting and travel.',
  },
]

const SITE_ID = 'siteSettings'
const nav = [
  ['Journal', '/'],
  ['Back health', '/category/back-health'],
  ['Exercise & recovery', '/category/exercise-recovery'],
  ['Everyday movement', '/category/everyday-movement'],
]

export const siteSettings = {
  _id: SITE_ID,
  _type: 'siteSettings',
  title: 'Stride & Strength Journal',
  description:
    'Practical, medically reviewed guides to training, recovery and everyday movement from the Stride & Strength shop.',
  navigation: nav.map(([label, href], i) => ({
    _type: 'navItem',
    _key: keyFor(SITE_ID, `navigation[${i}]`),
    label,
    href,
  })),
  footer:
    'Stride & Strength Journal shares general information, not medical advice. See a physical therapist or doctor about pain that lasts or gets worse.',
}

/** The deal document from the deal line at the top of the source page. */
export function dealFrom({ label, message, emoji }) {
  return {
    _id: 'deal-free-shipping',
    _type: 'deal',
    label,
    message,
    emoji,
    priority: 0,
    enabled: true,
  }
}
