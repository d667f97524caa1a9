// Picked files read in batches (one Blob read per batch): every file still gets exactly its own
// bytes, whatever order they are asked for in, and batches respect the file and byte caps.
import { batchedInputFiles, batchesOf } from "../../src/taskpane/host/batched-files";

describe("batchesOf", () => {
  it.each<[string, number[], number, number, Array<[number, number]>]>([
    ["no files", [], 16, 100, []],
    ["one batch", [1, 2, 3], 16, 100, [[0, 3]]],
    ["file cap", [1, 1, 1, 1, 1], 2, 100, [[0, 2], [2, 4], [4, 5]]],
    ["byte cap", [40, 40, 40, 10], 16, 100, [[0, 2], [2, 4]]],
    ["a file above the byte cap goes alone", [10, 500, 10], 16, 100, [[0, 1], [1, 2], [2, 3]]],
  ])("%s", (_name, sizes, maxFiles, maxBytes, expected) => {
    expect(batchesOf(sizes, maxFiles, maxBytes)).toEqual(expected);
  });
});

describe("batchedInputFiles", () => {
  const files = Array.from({ length: 40 }, (_, i) => new File([new Uint8Array(i + 1).fill(i)], `f${i}.xlsx`, { lastModified: 1_700_000_000_000 + i }));
  const expectOwnBytes = (i: number, bytes: Uint8Array) => expect(Array.from(bytes)).toEqual(new Array(i + 1).fill(i));

  it("gives each file its own bytes, name and time, in input order", async () => {
    const inputs = batchedInputFiles(files);
    expect(inputs.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(inputs[3].lastModified).toBe(1_700_000_000_003);
    for (let i = 0; i < inputs.length; i++) expectOwnBytes(i, await inputs[i].bytes());
  });

  it("gives each file its own bytes when asked out of order and several at once", async () => {
    const inputs = batchedInputFiles(files);
    const order = [39, 0, 17, 16, 15, 1, 38, 20];
    const reads = await Promise.all(order.map((i) => inputs[i].bytes()));
    reads.forEach((bytes, k) => expectOwnBytes(order[k], bytes));
  });

  it("reads a file again on a second request (each batch share is handed out once)", async () => {
    const inputs = batchedInputFiles(files);
    await inputs[5].bytes();
    expectOwnBytes(5, await inputs[5].bytes());
  });
});
