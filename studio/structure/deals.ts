import { CalendarIcon, ClockIcon, PlayIcon, StopIcon, TagsIcon } from '@sanity/icons'
import { map } from 'rxjs'
import type { DocumentListBuilder, ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { LIST_API_VERSION } from './apiVersion'
import { DEAL_FILTERS } from '../lib/dealFilters'
import { DEAL_STATE_TITLES, type DealState } from '../lib/dealState'
import { minuteClock } from '../lib/clock'

const STATE_ICONS = {
  live: PlayIcon,
  scheduled: CalendarIcon,
  expired: ClockIcon,
  disabled: StopIcon,
}

// Scheduled deals are most useful soonest first; the others newest first.
const ORDERING: Record<DealState, { field: string; direction: 'asc' | 'desc' }[]> = {
  live: [{ field: 'priority', direction: 'desc' }],
  scheduled: [{ field: 'startsAt', direction: 'asc' }],
  expired: [{ field: 'endsAt', direction: 'desc' }],
  disabled: [{ field: 'startsAt', direction: 'desc' }],
}

function dealList(S: StructureBuilder, state: DealState, now: string): DocumentListBuilder {
  return S.documentList()
    .apiVersion(LIST_API_VERSION)
    .id(`deals-${state}`)
    .title(`${DEAL_STATE_TITLES[state]} deals`)
    .schemaType('deal')
    .filter(DEAL_FILTERS[state])
    .params({ now })
    .defaultOrdering(ORDERING[state])
}

function stateItem(S: StructureBuilder, state: DealState): ListItemBuilder {
  return S.listItem()
    .id(`deals-${state}`)
    .title(DEAL_STATE_TITLES[state])
    .icon(STATE_ICONS[state])
    .schemaType('deal')
    .child(() => minuteClock().pipe(map((now) => dealList(S, state, now))))
}

/** Deals by where they stand now: live, scheduled, expired, disabled; and all of them. */
export function dealsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('deals')
    .title('Deals')
    .icon(TagsIcon)
    .child(
      S.list()
        .id('deals')
        .title('Deals')
        .items([
          stateItem(S, 'live'),
          stateItem(S, 'scheduled'),
          stateItem(S, 'expired'),
          S.divider(),
          stateItem(S, 'disabled'),
          S.listItem()
            .id('all-deals')
            .title('All deals')
            .icon(TagsIcon)
            .schemaType('deal')
            .child(S.documentTypeList('deal').id('all-deals').title('All deals')),
        ]),
    )
}
