// Decoded texts remembered by their bytes, across the files of a run. The shared strings of every
// form of a plan are mostly the same labels ("Số liệu kỳ báo cáo", the indicators' names), so most
// lookups find the string already decoded: hashing and comparing the bytes costs less than
// decoding them into a new string. Bounded (a hostile file of distinct strings only makes it
// start over), and the result is always exactly utf8Text's.
import { utf8Text } from "./xml-text";

/** Longer texts are rare and decoded each time. */
const MAX_KEY_BYTES = 256;
/** Open addressing table of 2^14 slots, at most half full. */
const SLOTS = 1 << 14;
const MAX_ENTRIES = SLOTS >> 1;

export class TextMemo {
  private hashes = new Int32Array(SLOTS);
  private keys: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(SLOTS).fill(undefined);
  private texts: string[] = new Array<string>(SLOTS).fill("");
  private entries = 0;

  /** utf8Text(bytes, start, end), remembered. */
  text(bytes: Uint8Array, start: number, end: number): string {
    const length = end - start;
    if (length > MAX_KEY_BYTES) return utf8Text(bytes, start, end);
    let hash = 0x811c9dc5; // FNV-1a
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    let slot = hash & (SLOTS - 1);
    for (let key = this.keys[slot]; key !== undefined; key = this.keys[slot]) {
      if (this.hashes[slot] === hash && key.length === length && sameBytes(key, bytes, start)) return this.texts[slot];
      slot = (slot + 1) & (SLOTS - 1);
    }
    const text = utf8Text(bytes, start, end);
    if (this.entries >= MAX_ENTRIES) {
      this.clear();
      slot = hash & (SLOTS - 1);
    }
    this.keys[slot] = bytes.slice(start, end);
    this.hashes[slot] = hash;
    this.texts[slot] = text;
    this.entries++;
    return text;
  }

  private clear(): void {
    this.keys.fill(undefined);
    this.texts.fill("");
    this.entries = 0;
  }
}

function sameBytes(key: Uint8Array, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false;
  return true;
}

/** One memo per thread: a run reads its files one after another. */
export const sharedTextMemo = new TextMemo();
