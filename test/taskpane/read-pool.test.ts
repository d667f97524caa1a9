// The task pane's choice of readers for "Tổng hợp": pool size from the cores, one warm pool kept
// between consolidations of the same plan, a new one for a new plan, and a host that refuses
// workers is not asked again.
import { defaultPlan, type Plan } from "../../src/core/plan";
import { fileReadings, poolSize } from "../../src/taskpane/host/read-pool";
import type { SpawnReadWorker } from "../../src/taskpane/host/worker-spawner";
import { bytesJobJudge } from "../../src/usecases/bytes-job";
import { serveJudgeRequests } from "../../src/usecases/judge-protocol";

describe("poolSize", () => {
  it.each<[number | undefined, number]>([
    [undefined, 2],
    [0, 2],
    [1, 2],
    [2, 2],
    [3, 3],
    [4, 4],
    [16, 4],
    [Number.NaN, 2],
  ])("hardwareConcurrency %p → %i workers", (cores, size) => {
    expect(poolSize(cores)).toBe(size);
  });
});

/** Workers answering the plan at once (real handler), counting how many were started. */
function countingSpawn(refuse = false) {
  const counts = { spawned: 0, terminated: 0 };
  const spawn: SpawnReadWorker = (events) => {
    counts.spawned++;
    if (refuse) throw new Error("SecurityError");
    const serve = serveJudgeRequests(bytesJobJudge, (reply) => queueMicrotask(() => events.message(reply)));
    return { post: (request) => serve(request), terminate: () => void counts.terminated++ };
  };
  return { spawn, counts };
}

const tick = () => new Promise<void>((r) => setImmediate(r));

describe("fileReadings", () => {
  it("keeps one pool for consecutive consolidations of the same plan and replaces it for another plan", async () => {
    const { spawn, counts } = countingSpawn();
    const readingFor = fileReadings(spawn, 60_000);
    const first = readingFor(defaultPlan);
    await tick();
    first.finish();
    const second = readingFor(defaultPlan);
    expect(second.judge).toBe(first.judge);
    second.finish();
    const other: Plan = { ...defaultPlan };
    const third = readingFor(other);
    expect(third.judge).not.toBe(first.judge);
    expect(counts.terminated).toBe(2); // the first pool's 2 workers
    third.finish();
    readingFor(other); // cancels the idle stop of `third`'s pool, so nothing is left running below
    (third.judge as unknown as { close(): void }).close();
  });

  it("reads in the page, and stops asking, once the host has refused every worker", () => {
    const { spawn, counts } = countingSpawn(true);
    const readingFor = fileReadings(spawn, 60_000);
    readingFor(defaultPlan).finish();
    const spawnedOnce = counts.spawned;
    expect(spawnedOnce).toBe(2);
    const next = readingFor(defaultPlan);
    next.finish();
    readingFor(defaultPlan).finish();
    expect(counts.spawned).toBe(spawnedOnce);
    expect(next.judge).not.toHaveProperty("startedWorkers");
  });

  it("reads in the page when the page cannot start workers at all", () => {
    const reading = fileReadings(null)(defaultPlan);
    expect(reading.judge).not.toHaveProperty("startedWorkers");
    reading.finish();
  });
});
