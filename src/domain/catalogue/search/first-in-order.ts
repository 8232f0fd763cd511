// Ordering only the page that is shown.

/**
 * The first `count` elements of `list` in the order of `before`, using a bounded heap: a search
 * with thousands of hits orders only the page it shows. `list` is left as it is.
 */
export function firstInOrder(
  list: ArrayLike<number>,
  count: number,
  before: (a: number, b: number) => number,
): number[] {
  if (count <= 0) return [];
  if (list.length <= count * 4) return Array.from(list).sort(before).slice(0, count);
  // A max-heap on `before`: the root is the last of the best `count` seen so far.
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(heap[parent]!, heap[i]!) >= 0) return;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < heap.length && before(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  };
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (heap.length < count) {
      heap.push(x);
      up(heap.length - 1);
    } else if (before(x, heap[0]!) < 0) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort(before);
}
