/**
 * A map that keeps the `capacity` most recently used entries and forgets the others. For things a
 * long-lived process makes per configuration (Flowise builds its nodes anew on every run, so state
 * is shared by configuration): every edit of a setting makes a new key, and a map that only grows
 * would keep every configuration ever used until the process ends.
 */
export class RecentlyUsed<K, V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity: a positive integer');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value under `key`, made by `make` when absent; either way it becomes the most recently used. */
  getOrMake(key: K, make: () => V): V {
    let value: V;
    if (this.entries.has(key)) {
      value = this.entries.get(key) as V;
      this.entries.delete(key);
    } else {
      value = make();
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    }
    this.entries.set(key, value);
    return value;
  }
}
