/**
 * The index of the first of `spans` (sorted by start) starting at or after `at`: a binary search. Readers that ask,
 * per finding, for the findings near it start there instead of at the first (a scan from the first grows with the
 * square of a long export's records).
 */
export function firstFrom(spans: readonly { start: number }[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
