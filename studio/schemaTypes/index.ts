import { article } from './article'
import { author } from './author'
import { blockContent } from './blockContent'
import { category } from './category'
import { comment } from './comment'
import { deal } from './deal'
import { searchText } from './searchText'
import { siteSettings } from './siteSettings'

/** Every schema type of the content model; the Studio and TypeGen read this list. */
export const schemaTypes = [
  article,
  author,
  category,
  deal,
  comment,
  siteSettings,
  blockContent,
  searchText,
]
