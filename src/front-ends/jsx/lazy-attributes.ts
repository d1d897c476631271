import type { AttributeValue } from "../../core/field.js";

/**
 * An element's attributes, where a value written as an expression is worked out only when someone
 * reads it. Most attributes of a field's ancestors (`style`, `key`, `disabled`, `value`) are never
 * read, and resolving each through the scope was the largest cost of collecting fields.
 * Reading the map in any way (`get`, iteration, copying) gives resolved values; `has`, `keys` and
 * `size` never resolve.
 */
export class LazyAttributes extends Map<string, AttributeValue> {
  #pending: Map<string, () => AttributeValue> | undefined;

  /** Sets `name` to a value computed on first read. */
  setLazy(name: string, resolve: () => AttributeValue): this {
    (this.#pending ??= new Map()).set(name, resolve);
    return super.set(name, PENDING);
  }

  /** A copy that keeps unread values unread. */
  clone(): LazyAttributes {
    const copy = new LazyAttributes();
    for (const name of this.keys()) {
      const resolve = this.#pending?.get(name);
      if (resolve) copy.setLazy(name, resolve);
      else copy.set(name, super.get(name)!);
    }
    return copy;
  }

  override set(name: string, value: AttributeValue): this {
    this.#pending?.delete(name);
    return super.set(name, value);
  }

  override get(name: string): AttributeValue | undefined {
    const resolve = this.#pending?.get(name);
    if (resolve === undefined) return super.get(name);
    this.#pending?.delete(name);
    const value = resolve();
    super.set(name, value);
    return value;
  }

  override forEach(callback: (value: AttributeValue, key: string, map: Map<string, AttributeValue>) => void, thisArg?: unknown): void {
    this.#resolveAll();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[string, AttributeValue]> {
    this.#resolveAll();
    return super.entries();
  }

  override values(): MapIterator<AttributeValue> {
    this.#resolveAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, AttributeValue]> {
    return this.entries();
  }

  #resolveAll(): void {
    if (!this.#pending || this.#pending.size === 0) return;
    for (const name of [...this.#pending.keys()]) this.get(name);
  }
}

/** Stands in for a value not yet resolved; never returned to a reader. */
const PENDING: AttributeValue = Object.freeze({ kind: "dynamic", candidates: [], mayBeAbsent: true, hasUnknown: true });
