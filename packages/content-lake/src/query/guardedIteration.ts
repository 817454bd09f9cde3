import { AsyncLocalStorage } from 'node:async_hooks'
import { evaluateSync } from 'groq-js'
import type { EvaluationGuard } from './guard'

const running = new AsyncLocalStorage<EvaluationGuard>()
let installed = false

/**
 * Runs an evaluation under a guard. Every array groq-js iterates during `evaluate` (the dataset, narrowed
 * candidate lists, attribute arrays, sub-query results) is a StaticValue walked through its async iterator,
 * so hooking that one iterator counts every visited item, wherever in the query it is. The guard is found
 * through AsyncLocalStorage, which follows groq-js's promises, so concurrent evaluations keep their own
 * budgets and evaluations outside this function (tests comparing with plain groq-js) are untouched.
 */
export function runGuarded<T>(guard: EvaluationGuard, evaluation: () => Promise<T>): Promise<T> {
  if (!installed) installIterationHook()
  return running.run(guard, evaluation)
}

function installIterationHook(): void {
  // groq-js does not export StaticValue; any evaluated array literal is one.
  const prototype: object = Object.getPrototypeOf(evaluateSync({ type: 'Value', value: [] }))
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
  installed = true
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
