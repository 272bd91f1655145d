import type { StatementCounter } from "./db.js";

/**
 * Wraps a driver adapter so that every statement (inside transactions too) is counted.
 * Methods are bound to the real objects: they use private fields a Proxy would hide.
 */
export function counting<T extends object>(target: T, statements: StatementCounter): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (...args: unknown[]) => {
          statements.count++;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      if (prop === "startTransaction") {
        return async (...args: unknown[]) =>
          counting(
            (await (value as (...a: unknown[]) => Promise<object>).apply(obj, args)) as object,
            statements,
          );
      }
      return (value as (...a: unknown[]) => unknown).bind(obj);
    },
  });
}
