/**
 * Indexed binary min-heap of integer items keyed by time. The simulations
 * keep one pending event per item (a transfer, a server, a peer's next
 * churn), so an item's event can be moved or cancelled in O(log n) instead
 * of leaving stale entries behind. Ties are broken by item id, which keeps
 * the processing order independent of insertion history.
 */
export interface EventHeap {
  readonly size: number;
  /** Schedules item at time, or moves it if already scheduled. */
  set(item: number, time: number): void;
  /** Cancels item's event; does nothing if it has none. */
  remove(item: number): void;
  has(item: number): boolean;
  timeOf(item: number): number;
  /** Item with the earliest time, or -1 when empty. */
  peek(): number;
  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number;
  /** Removes and returns the earliest item, or -1 when empty. */
  pop(): number;
  /**
   * The item at heap position index (0 is the earliest). The first k
   * positions are not sorted, but each precedes everything below it, so
   * scanning them visits near-earliest items cheaply.
   */
  itemAt(index: number): number;
}

export function createEventHeap(initialCapacity = 64): EventHeap {
  let capacity = Math.max(4, initialCapacity);
  let items = new Int32Array(capacity);
  let position = new Int32Array(capacity).fill(-1);
  let times = new Float64Array(capacity);
  let size = 0;

  const ensureItemCapacity = (item: number): void => {
    if (item < capacity) return;
    let next = capacity;
    while (next <= item) next *= 2;
    const grownItems = new Int32Array(next);
    grownItems.set(items);
    const grownPosition = new Int32Array(next).fill(-1);
    grownPosition.set(position);
    const grownTimes = new Float64Array(next);
    grownTimes.set(times);
    items = grownItems;
    position = grownPosition;
    times = grownTimes;
    capacity = next;
  };

  const before = (x: number, y: number): boolean => {
    const tx = times[x] as number;
    const ty = times[y] as number;
    return tx < ty || (tx === ty && x < y);
  };

  const place = (index: number, item: number): void => {
    items[index] = item;
    position[item] = index;
  };

  const siftUp = (start: number): void => {
    let index = start;
    const item = items[index] as number;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex] as number;
      if (!before(item, parent)) break;
      place(index, parent);
      index = parentIndex;
    }
    place(index, item);
  };

  const siftDown = (start: number): void => {
    let index = start;
    const item = items[index] as number;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (right < size && before(items[right] as number, items[left] as number)) child = right;
      const childItem = items[child] as number;
      if (!before(childItem, item)) break;
      place(index, childItem);
      index = child;
    }
    place(index, item);
  };

  const removeAt = (index: number): void => {
    const removed = items[index] as number;
    position[removed] = -1;
    size--;
    if (index === size) return;
    const moved = items[size] as number;
    place(index, moved);
    siftDown(index);
    siftUp(position[moved] as number);
  };

  return {
    get size() {
      return size;
    },
    set(item, time) {
      ensureItemCapacity(item);
      const index = position[item] as number;
      times[item] = time;
      if (index >= 0) {
        siftUp(index);
        siftDown(position[item] as number);
        return;
      }
      if (size === items.length) {
        const grown = new Int32Array(items.length * 2);
        grown.set(items);
        items = grown;
      }
      place(size, item);
      size++;
      siftUp(size - 1);
    },
    remove(item) {
      if (item >= capacity) return;
      const index = position[item] as number;
      if (index >= 0) removeAt(index);
    },
    has: (item) => item < capacity && (position[item] as number) >= 0,
    timeOf: (item) => (item < capacity && (position[item] as number) >= 0 ? (times[item] as number) : Infinity),
    peek: () => (size > 0 ? (items[0] as number) : -1),
    peekTime: () => (size > 0 ? (times[items[0] as number] as number) : Infinity),
    pop() {
      if (size === 0) return -1;
      const top = items[0] as number;
      removeAt(0);
      return top;
    },
    itemAt: (index) => (index < size ? (items[index] as number) : -1),
  };
}
