// fflate's deflate (pure JavaScript, every browser) and the reader's CRC-32: the task pane's writer.
import { deflateSync } from "fflate";
import { crc32 } from "../read/crc32";
import type { Deflater } from "./zip-archive";

export const fflateDeflater: Deflater = {
  deflateRaw: (bytes) => deflateSync(bytes, { level: 6 }),
  crc32,
};
