/**
 * Ordering of a match set by a numeric key per slot (smaller first, ties by slot so paging is
 * stable). A page needs only the first `offset + limit`, found with a bounded heap in
 * O(n log k) instead of sorting every match.
 */

export function sortAll(slots: Int32Array, key: Float64Array): Int32Array {
  const out = Int32Array.from(slots);
  out.sort((a, b) => (key[a] ?? 0) - (key[b] ?? 0) || a - b);
  return out;
}

/** The `k` best slots in order. */
export function topK(slots: Int32Array, key: Float64Array, k: number): Int32Array {
  if (k <= 0) return new Int32Array(0);
  if (slots.length <= k * 4) return sortAll(slots, key).subarray(0, k);
  // Max-heap of the best k seen so far: its root is the worst of them.
  const heap = new Int32Array(k);
  let size = 0;
  const worse = (a: number, b: number) => {
    const d = (key[a] ?? 0) - (key[b] ?? 0);
    return d > 0 || (d === 0 && a > b);
  };
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < size && worse(heap[l] ?? 0, heap[top] ?? 0)) top = l;
      if (r < size && worse(heap[r] ?? 0, heap[top] ?? 0)) top = r;
      if (top === i) return;
      const t = heap[i] ?? 0;
      heap[i] = heap[top] ?? 0;
      heap[top] = t;
      i = top;
    }
  };
  for (const slot of slots) {
    if (size < k) {
      let i = size++;
      heap[i] = slot;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] ?? 0, heap[parent] ?? 0)) break;
        const t = heap[i] ?? 0;
        heap[i] = heap[parent] ?? 0;
        heap[parent] = t;
        i = parent;
      }
    } else if (worse(heap[0] ?? 0, slot)) {
      heap[0] = slot;
      siftDown(0);
    }
  }
  return sortAll(heap.subarray(0, size), key);
}
