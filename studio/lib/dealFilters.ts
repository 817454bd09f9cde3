/** The windows of enabled deals, whose starts and ends move deals between the phase lists. */
export const DEAL_BOUNDARIES_QUERY = `*[_type == "deal" && enabled == true && (defined(startsAt) || defined(endsAt))]{enabled, startsAt, endsAt}`
/** What the deal lists' clock listens to: any change to any deal. */
export const DEAL_LISTEN_QUERY = `*[_type == "deal"]`
