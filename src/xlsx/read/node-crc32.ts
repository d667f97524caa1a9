// CRC-32 in Node: zlib.crc32 (native, from Node 20.15); older Node falls back to our own (crc32.ts).
import * as zlib from "node:zlib";
import { crc32 } from "./crc32";

type Crc32 = (bytes: Uint8Array) => number;
const nativeCrc32 = (zlib as { crc32?: Crc32 }).crc32;

export const nodeCrc32: Crc32 = typeof nativeCrc32 === "function" ? (bytes) => nativeCrc32(bytes) : crc32;
