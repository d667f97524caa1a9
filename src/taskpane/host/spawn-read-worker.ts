// Starts a read worker (read-worker.ts). Only the entry (index.tsx) imports this file: it is the one
// place that needs import.meta, which webpack understands (it emits the worker as its own chunk)
// but the project's CommonJS typecheck and jest do not.
import { workerSpawner, type SpawnReadWorker } from "./worker-spawner";

export const spawnReadWorker: SpawnReadWorker = workerSpawner(
  () =>
    new Worker(
      /* webpackChunkName: "read-worker" */
      // @ts-expect-error TS1470: webpack compiles the task pane as ES modules, where import.meta.url is how it finds the worker's entry.
      new URL("./read-worker.ts", import.meta.url),
    ),
);
