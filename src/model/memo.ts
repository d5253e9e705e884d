/**
 * A value derived from an array, computed once per array and kept while the array holds the same members.
 * Callers (the API's check(), the CLI) pass one packs array for every document, so the work of deriving from it
 * is paid once; they may also reuse the array after adding or removing a pack, so identity alone is not enough.
 */
export function memoByMembers<T, V>(derive: (items: readonly T[]) => V): (items: readonly T[]) => V {
  const cache = new WeakMap<readonly T[], { readonly members: readonly T[]; readonly value: V }>();
  return (items) => {
    const hit = cache.get(items);
    if (hit && hit.members.length === items.length && hit.members.every((m, i) => m === items[i])) return hit.value;
    const value = derive(items);
    cache.set(items, { members: [...items], value });
    return value;
  };
}

/**
 * A cache of at most `limit` entries that forgets them all when it is full: a hit costs what a Map's
 * costs, and a long-lived process meeting ever new keys (a server's packs) keeps a bounded set.
 */
export class CappedCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(readonly limit: number) {}
  get size(): number {
    return this.entries.size;
  }
  /** The value cached for `key`, else `make(key)`, cached. */
  get(key: K, make: (key: K) => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make(key);
      if (this.entries.size >= this.limit) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}
