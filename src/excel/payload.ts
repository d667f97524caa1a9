// Request size. Excel on the web rejects a request above 5 MB, so a write is a list of queued
// actions with an estimated size, sent in as few context.sync() calls as fit under ~4 MB.
// This is the one place where a sync may follow another inside a loop: only when the payload
// demands it, never per cell or per sheet.

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** An action's fixed cost in the request JSON (object path, method or property name, ids). */
export const ACTION_BYTES = 120;

const encoder = new TextEncoder();

/** UTF-8 size of the JSON a value is sent as (Vietnamese letters take 2–3 bytes). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 4 : encoder.encode(json).length;
}

export interface QueuedWrite {
  /** Estimated request bytes of what `queue` adds. */
  bytes: number;
  /** Queues proxy calls on the context; never syncs. */
  queue: () => void;
}

export function write(queue: () => void, payload?: unknown, actions = 1): QueuedWrite {
  return { bytes: actions * ACTION_BYTES + (payload === undefined ? 0 : jsonBytes(payload)), queue };
}

export interface SendOptions {
  maxBytes: number;
  /** Queued at the start of every request (e.g. suspend calculation until the next sync). */
  startRequest?: () => void;
}

/** Queues every write, syncing whenever the next one would push the request past maxBytes. Returns the syncs made. */
export async function sendWrites(
  context: { sync(): Promise<unknown> },
  writes: readonly QueuedWrite[],
  options: SendOptions,
): Promise<number> {
  let syncs = 0;
  let pending = 0;
  let started = false;
  for (const w of writes) {
    if (started && pending > 0 && pending + w.bytes > options.maxBytes) {
      await context.sync();
      syncs++;
      pending = 0;
      started = false;
    }
    if (!started) {
      options.startRequest?.();
      started = true;
    }
    w.queue();
    pending += w.bytes;
  }
  if (started) {
    await context.sync();
    syncs++;
  }
  return syncs;
}
