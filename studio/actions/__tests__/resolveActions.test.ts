import { describe, expect, it, type jest as JestObject } from '@jest/globals'
import type { DocumentActionComponent, DocumentActionsContext } from 'sanity'

// The global `jest` (not the imported one) is what SWC hoists `jest.mock` above the imports for.
declare const jest: typeof JestObject

// The action hooks need a running Studio; the resolver only places the components.
jest.mock('../usePatchAndPublish', () => ({ usePatchAndPublish: jest.fn() }))

import { EndDealNowAction } from '../endDealNow'
import {
  ApproveCommentAction,
  MarkAsSpamCommentAction,
  RejectCommentAction,
} from '../moderateComment'
import { OpenOnSiteAction } from '../openOnSite'
import { resolveDocumentActions } from '../resolveActions'

function defaultAction(action: string): DocumentActionComponent {
  const component = (() => null) as unknown as DocumentActionComponent
  return Object.assign(component, { action })
}

const defaults = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'].map(
  defaultAction,
)
const names = (actions: DocumentActionComponent[]) =>
  actions.map((action) => action.action ?? action.displayName)
const context = (schemaType: string) => ({ schemaType }) as DocumentActionsContext

describe('resolveDocumentActions', () => {
  it('keeps only publish, discard and restore on the site settings singleton', () => {
    expect(names(resolveDocumentActions(defaults, context('siteSettings')))).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ])
  })

  it('puts moderation first on comments and drops duplicate', () => {
    const actions = resolveDocumentActions(defaults, context('comment'))
    expect(actions.slice(0, 3)).toEqual([
      ApproveCommentAction,
      RejectCommentAction,
      MarkAsSpamCommentAction,
    ])
    expect(names(actions.slice(3))).toEqual([
      'publish',
      'unpublish',
      'discardChanges',
      'delete',
      'restore',
    ])
  })

  it('offers End now on deals, keeping every default', () => {
    const actions = resolveDocumentActions(defaults, context('deal'))
    expect(actions[0]).toBe(EndDealNowAction)
    expect(actions.slice(1)).toEqual(defaults)
  })

  it('adds Open on site right after Publish on articles', () => {
    const actions = resolveDocumentActions(defaults, context('article'))
    expect(actions[1]).toBe(OpenOnSiteAction)
    expect(actions.filter((action) => action !== OpenOnSiteAction)).toEqual(defaults)
  })

  it('leaves other types alone', () => {
    expect(resolveDocumentActions(defaults, context('author'))).toBe(defaults)
  })
})
