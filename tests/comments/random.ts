/** A small seeded PRNG (mulberry32), so a failing fuzz run can be replayed from its printed seed. */
export class Random {
  private state: number

  constructor(readonly seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** `length` random UTF-16 code units from the given ranges (may include lone surrogates). */
  codeUnits(length: number, ranges: readonly (readonly [number, number])[]): string {
    return Array.from({ length }, () => {
      const [low, high] = this.pick(ranges)
      return String.fromCharCode(this.int(low, high))
    }).join('')
  }

  bytes(length: number): Uint8Array<ArrayBuffer> {
    return Uint8Array.from({ length }, () => this.int(0, 255))
  }
}
