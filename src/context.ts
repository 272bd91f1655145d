import { AsyncLocalStorage } from "node:async_hooks";

type Values = Record<symbol, unknown>;

/**
 * What the code serving one request (or one command) knows about it, carried through every
 * await: its logger, its actor, where its reads go, its open transaction, the change it reverts.
 * One AsyncLocalStorage holds them all: on Node 20 every instance in use is copied onto every
 * promise the server makes, so one per value cost each request that many times over.
 */
const storage = new AsyncLocalStorage<Values>();

/** A new, empty context (one per HTTP request: `enterContext` it again after each hop out of it). */
export const newContext = (): object => ({});

/** Runs `fn` in `context` (one from newContext). */
export function enterContext<R>(context: object, fn: () => R): R {
  return storage.run(context as Values, fn);
}

/** One value of the context. */
export class ContextSlot<T> {
  readonly #key = Symbol();

  /** Its value where the caller runs, if any. */
  get(): T | undefined {
    return storage.getStore()?.[this.#key] as T | undefined;
  }

  /** Runs `fn` (and everything it awaits) with this slot at `value`, the others as they were. */
  run<R>(value: T, fn: () => R): R {
    return storage.run({ ...storage.getStore(), [this.#key]: value }, fn);
  }

  /** Sets it for the rest of the current context (a request's, entered with enterContext). */
  set(value: T): void {
    const values = storage.getStore();
    if (!values) throw new Error("ContextSlot.set outside a context");
    values[this.#key] = value;
  }
}
