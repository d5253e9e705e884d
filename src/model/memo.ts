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
