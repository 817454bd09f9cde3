import { CalendarIcon, ClockIcon, PlayIcon, StopIcon, TagsIcon } from '@sanity/icons'
import { catchError, map, of, switchMap, type Observable } from 'rxjs'
import type { DocumentStore } from 'sanity'
import type { DocumentListBuilder, ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { API_VERSION } from '@repo/content/api-version'
import { DEAL_PHASE_FILTERS, dealBoundaries, type DealPhase } from '@repo/content/deal-rule'
import { DEAL_BOUNDARIES_QUERY, DEAL_LISTEN_QUERY } from '../lib/dealFilters'
import { DEAL_STATE_TITLES, dealWindowOf } from '../lib/dealState'
import { clock } from '../lib/clock'

const STATE_ICONS = {
  live: PlayIcon,
  scheduled: CalendarIcon,
  expired: ClockIcon,
  disabled: StopIcon,
}

// Scheduled deals are most useful soonest first; the others newest first.
const ORDERING: Record<DealPhase, { field: string; direction: 'asc' | 'desc' }[]> = {
  live: [{ field: 'priority', direction: 'desc' }],
  scheduled: [{ field: 'startsAt', direction: 'asc' }],
  expired: [{ field: 'endsAt', direction: 'desc' }],
  disabled: [{ field: 'startsAt', direction: 'desc' }],
}

function dealList(S: StructureBuilder, state: DealPhase, now: string): DocumentListBuilder {
  return S.documentList()
    .apiVersion(API_VERSION)
    .id(`deals-${state}`)
    .title(`${DEAL_STATE_TITLES[state]} deals`)
    .schemaType('deal')
    .filter(DEAL_PHASE_FILTERS[state])
    .params({ now })
    .defaultOrdering(ORDERING[state])
}

/** Every start and end of an enabled deal, live: re-read whenever a deal changes. */
function dealBoundaryInstants(documentStore: DocumentStore): Observable<number[]> {
  return documentStore
    .listenQuery(
      { fetch: DEAL_BOUNDARIES_QUERY, listen: DEAL_LISTEN_QUERY },
      {},
      { tag: 'deals.boundaries', throttleTime: 1000 },
    )
    .pipe(
      map((deals: unknown) =>
        Array.isArray(deals)
          ? deals.flatMap((deal: unknown) =>
              typeof deal === 'object' && deal !== null
                ? dealBoundaries(dealWindowOf(deal as Record<string, unknown>))
                : [],
            )
          : [],
      ),
      // Without the live query the lists still follow the minute clock.
      catchError(() => of([])),
    )
}

/**
 * `$now` for the deal lists: at once, at every minute boundary, just after any deal starts or
 * ends, and whenever a deal changes (End now moves a deal to Expired at once, not at the next
 * minute).
 */
function dealListClock(documentStore: DocumentStore): Observable<string> {
  return dealBoundaryInstants(documentStore).pipe(switchMap((instants) => clock(instants)))
}

function stateItem(
  S: StructureBuilder,
  documentStore: DocumentStore,
  state: DealPhase,
): ListItemBuilder {
  return S.listItem()
    .id(`deals-${state}`)
    .title(DEAL_STATE_TITLES[state])
    .icon(STATE_ICONS[state])
    .schemaType('deal')
    .child(() => dealListClock(documentStore).pipe(map((now) => dealList(S, state, now))))
}

/** Deals by where they stand now: live, scheduled, expired, disabled; and all of them. */
export function dealsItem(S: StructureBuilder, documentStore: DocumentStore): ListItemBuilder {
  return S.listItem()
    .id('deals')
    .title('Deals')
    .icon(TagsIcon)
    .child(
      S.list()
        .id('deals')
        .title('Deals')
        .items([
          stateItem(S, documentStore, 'live'),
          stateItem(S, documentStore, 'scheduled'),
          stateItem(S, documentStore, 'expired'),
          S.divider(),
          stateItem(S, documentStore, 'disabled'),
          S.listItem()
            .id('all-deals')
            .title('All deals')
            .icon(TagsIcon)
            .schemaType('deal')
            .child(S.documentTypeList('deal').id('all-deals').title('All deals')),
        ]),
    )
}
