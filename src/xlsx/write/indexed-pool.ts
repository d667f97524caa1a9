// An indexed list of distinct values: each value is stored once and keeps the index it first got
// (shared strings, fonts, fills, borders, cell formats).
export class IndexedPool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(first: readonly string[] = []) {
    for (const item of first) this.add(item);
  }

  add(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}
