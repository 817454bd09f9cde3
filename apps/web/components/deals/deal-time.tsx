import { LocalTime } from './local-time.client'
import { DEAL_TIME_FORMAT } from './time-format'

const utcFormat = new Intl.DateTimeFormat('en-US', { ...DEAL_TIME_FORMAT, timeZone: 'UTC' })

/** A deal's start or end: UTC in the HTML, the reader's zone once the page runs. */
export function DealTime({ iso }: { iso: string }) {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return <>{iso}</>
  const normalised = new Date(time).toISOString()
  return <LocalTime iso={normalised} utcText={utcFormat.format(time)} />
}
