import { AsyncLocalStorage } from 'node:async_hooks'
import { evaluate, evaluateSync, parse } from 'groq-js'
import type { EvaluationGuard } from './guard'

const running = new AsyncLocalStorage<EvaluationGuard>()
let installation: Promise<void> | undefined

/**
 * Runs an evaluation under a guard. Every array groq-js iterates during `evaluate` (the dataset, narrowed
 * candidate lists, attribute arrays, sub-query results) is a StaticValue walked through its async iterator,
 * so hooking that one iterator counts every visited item, wherever in the query it is. The guard is found
 * through AsyncLocalStorage, which follows groq-js's promises, so concurrent evaluations keep their own
 * budgets and evaluations outside this function (tests comparing with plain groq-js) are untouched.
 */
export async function runGuarded<T>(
  guard: EvaluationGuard,
  evaluation: () => Promise<T>,
): Promise<T> {
  installation ??= installHooks()
  await installation
  return running.run(guard, evaluation)
}

async function installHooks(): Promise<void> {
  installIterationHook()
  await installStreamHook()
}

/**
 * A groq-js StreamValue fills itself in a background task and reports a failure by rejecting its current
 * `ticker` promise. When the guard stops an evaluation, streams nobody reads any more (the other side of an
 * `&&`, an abandoned sub-query) reject a ticker no one awaits: an unhandled rejection, which would end the
 * process. Every ticker a stream sets is marked handled here; a reader still awaiting it gets the error.
 */
async function installStreamHook(): Promise<void> {
  // groq-js does not export StreamValue; a filter over the dataset evaluates to one.
  const prototype = Object.getPrototypeOf(
    await evaluate(parse('*[true]'), { dataset: [] }),
  ) as object
  const original: unknown = Reflect.get(prototype, '_nextTick')
  if (typeof original !== 'function')
    throw new Error('groq-js StreamValue has no _nextTick: update src/query/guardedIteration.ts')
  Reflect.set(prototype, '_nextTick', function (this: object) {
    if (!tickersHandled.has(this)) {
      tickersHandled.add(this)
      markTickersHandled(this)
    }
    return Reflect.apply(original, this, []) as unknown
  })
}

const tickersHandled = new WeakSet<object>()

function markTickersHandled(stream: object): void {
  let ticker: unknown = Reflect.get(stream, 'ticker')
  Object.defineProperty(stream, 'ticker', {
    configurable: true,
    enumerable: true,
    get: () => ticker,
    set: (value: unknown) => {
      if (value instanceof Promise) value.catch(() => undefined)
      ticker = value
    },
  })
}

function installIterationHook(): void {
  // groq-js does not export StaticValue; any evaluated array literal is one.
  const prototype = Object.getPrototypeOf(evaluateSync({ type: 'Value', value: [] })) as object
  const original: unknown = Reflect.get(prototype, Symbol.asyncIterator)
  if (typeof original !== 'function')
    throw new Error(
      'groq-js StaticValue has no async iterator: update src/query/guardedIteration.ts',
    )
  Reflect.set(prototype, Symbol.asyncIterator, function (this: object) {
    const iterator = Reflect.apply(original, this, []) as Iterator<unknown>
    const guard = running.getStore()
    return guard ? guardedIterator(iterator, guard) : iterator
  })
}

function guardedIterator(inner: Iterator<unknown>, guard: EvaluationGuard): AsyncIterator<unknown> {
  return {
    next: () => {
      const pause = guard.step()
      return pause ? pause.then(() => inner.next()) : Promise.resolve(inner.next())
    },
    return: (value?: unknown) =>
      Promise.resolve(inner.return?.(value) ?? { done: true as const, value }),
  }
}
