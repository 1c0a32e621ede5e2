/**
 * Answers of a pure function by its string argument, at most `capacity` of them: when full, the
 * memo starts over (no per-entry bookkeeping, and a text full of distinct values cannot grow it
 * without bound). For validations that cost far more than a map look-up and see the same values
 * again: a conversation's history is scanned anew on every turn, signatures and letterheads
 * repeat the same phone numbers.
 */
export class BoundedMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly compute: (key: string) => T,
    private readonly capacity = 4096,
  ) {}

  get(key: string): T {
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as T;
    const answer = this.compute(key);
    if (this.answers.size >= this.capacity) this.answers.clear();
    this.answers.set(ownCopy(key), answer);
    return answer;
  }
}

/**
 * The string as a copy of its own: a key sliced from a long text would otherwise keep that whole
 * text in memory for as long as the memo keeps the key (V8 slices point into their parent).
 */
function ownCopy(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
