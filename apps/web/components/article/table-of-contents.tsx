import type { Heading } from '@repo/content/view-models'
import styles from './article.module.css'

interface Section {
  heading: Heading
  children: Heading[]
}

/** h3s belong to the h2 before them; an h3 before any h2 stands on its own. */
export function nestHeadings(headings: Heading[]): Section[] {
  const sections: Section[] = []
  for (const heading of headings) {
    const parent = sections.at(-1)
    if (heading.level === 3 && parent) parent.children.push(heading)
    else sections.push({ heading, children: [] })
  }
  return sections
}

/** "On this page": links to the article's h2 and h3 sections, in reading order. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length === 0) return null
  return (
    <nav className={styles.toc} aria-labelledby="toc-title">
      <h2 id="toc-title" className={styles.tocTitle}>
        On this page
      </h2>
      <ol>
        {nestHeadings(headings).map(({ heading, children }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
            {children.length > 0 && (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
