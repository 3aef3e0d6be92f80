/**
 * A set of small integers with O(1) add, remove and membership, and O(1)
 * access by position, so schedulers can sample members at random without
 * allocating. Iteration order changes on removal (swap with last).
 */
export interface IndexSet {
  readonly size: number;
  has(item: number): boolean;
  add(item: number): void;
  remove(item: number): void;
  /** The member at position index (0 <= index < size). */
  at(index: number): number;
}

export function createIndexSet(universe: number): IndexSet {
  const members = new Int32Array(Math.max(1, universe));
  const position = new Int32Array(Math.max(1, universe)).fill(-1);
  let size = 0;
  return {
    get size() {
      return size;
    },
    has: (item) => (position[item] as number) >= 0,
    add(item) {
      if ((position[item] as number) >= 0) return;
      members[size] = item;
      position[item] = size;
      size++;
    },
    remove(item) {
      const index = position[item] as number;
      if (index < 0) return;
      size--;
      const last = members[size] as number;
      members[index] = last;
      position[last] = index;
      position[item] = -1;
    },
    at: (index) => members[index] as number,
  };
}
