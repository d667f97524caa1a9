// Office.context.document.settings, in memory: `saved` is what would be in the file.
export class FakeSettings {
  private readonly live = new Map<string, unknown>();
  readonly saved = new Map<string, unknown>();
  saves = 0;
  get(key: string): unknown {
    return this.live.has(key) ? this.live.get(key) : null;
  }
  set(key: string, value: unknown): void {
    this.live.set(key, value);
  }
  async saveAsync(): Promise<void> {
    this.saves++;
    for (const [k, v] of this.live) this.saved.set(k, v);
  }
}
