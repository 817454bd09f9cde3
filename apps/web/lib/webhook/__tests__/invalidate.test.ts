/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { createCoalescer, type Invalidation } from '../coalesce'
import { invalidate, type InvalidationResult, type InvalidationSteps } from '../invalidate'

interface Recorder extends InvalidationSteps {
  expired: { batch: Invalidation; size: number }[]
  purged: string[][]
  /** Runs what was deferred to after the response, as Next does once it is sent. */
  sendResponses(): Promise<void>
}

function recorder(options: { failExpire?: boolean } = {}): Recorder {
  const deferred: (() => Promise<void>)[] = []
  const steps: Recorder = {
    expired: [],
    purged: [],
    expire(batch, size) {
      if (options.failExpire) throw new Error('cache handler refused')
      steps.expired.push({ batch, size })
    },
    afterResponse: (work) => void deferred.push(work),
    purge: async (tags) => void steps.purged.push(tags),
    async sendResponses() {
      for (const work of deferred.splice(0)) await work()
    },
  }
  return steps
}

const delivery = (slug: string): Invalidation => ({
  tags: ['articles', `article:${slug}`],
  backgroundTags: ['related-articles'],
})

/** N deliveries sent at once through one coalescer, as the lake's parallel deliveries arrive. */
function deliverAll(slugs: string[], steps: Recorder, waitMs?: number) {
  const join = createCoalescer(20)
  return slugs.map(async (slug) => invalidate(await join(delivery(slug)), steps, waitMs))
}

describe('coalesced invalidation', () => {
  it('expires and purges the union of parallel deliveries once, acknowledging each after it', async () => {
    const steps = recorder()
    const slugs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const results = deliverAll(slugs, steps)
    const settled: InvalidationResult[] = []
    results.forEach((result) => void result.then((value) => settled.push(value)))
    // The leader answers first (Next applies its expiry as the answer ends); followers wait.
    await results[0]
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled).toHaveLength(1)
    expect(steps.expired).toEqual([
      {
        batch: {
          tags: ['articles', ...slugs.map((slug) => `article:${slug}`)],
          backgroundTags: ['related-articles'],
        },
        size: 8,
      },
    ])
    const union = ['articles', ...slugs.map((slug) => `article:${slug}`), 'related-articles']
    // Once before the leader's answer, and again once its expiry is applied (after the answer).
    expect(steps.purged).toEqual([union])
    await steps.sendResponses()
    await expect(Promise.all(results)).resolves.toEqual(slugs.map(() => ({ ok: true })))
    expect(steps.purged).toEqual([union, union])
  })

  it('expires at once a tag one delivery expires and another only marks stale', async () => {
    const steps = recorder()
    const join = createCoalescer(20)
    const author = { tags: ['authors', 'related-articles'], backgroundTags: [] }
    const results = [delivery('a'), author].map(async (one) => invalidate(await join(one), steps))
    await results[0]
    await steps.sendResponses()
    await Promise.all(results)
    expect(steps.expired[0]?.batch).toEqual({
      tags: ['articles', 'article:a', 'authors', 'related-articles'],
      backgroundTags: [],
    })
  })

  it('starts a new batch for deliveries after the window', async () => {
    const steps = recorder()
    const join = createCoalescer(5)
    const first = await invalidate(await join(delivery('a')), steps)
    const second = await invalidate(await join(delivery('b')), steps)
    expect([first, second]).toEqual([{ ok: true }, { ok: true }])
    expect(steps.expired.map(({ size }) => size)).toEqual([1, 1])
  })

  it('acknowledges no delivery of a batch whose expiry failed', async () => {
    const steps = recorder({ failExpire: true })
    const results = await Promise.all(deliverAll(['a', 'b', 'c'], steps))
    expect(results).toEqual([
      { ok: false, error: 'cache handler refused' },
      { ok: false, error: 'cache handler refused' },
      { ok: false, error: 'cache handler refused' },
    ])
    await steps.sendResponses()
    expect(steps.purged).toEqual([])
  })

  it('fails a follower whose batch is never reported applied, so the lake retries it', async () => {
    // The leader's response never ends (its request was cut off): its after() never runs.
    const steps = recorder()
    const results = await Promise.all(deliverAll(['a', 'b'], steps, 50))
    expect(results).toEqual([{ ok: true }, { ok: false, error: 'batch not applied within 50 ms' }])
  })
})
