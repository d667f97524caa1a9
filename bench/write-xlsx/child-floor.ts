// The floor: node starts, reads and parses the models, and writes nothing.
import { runChild } from "./child-kit";

void runChild(async () => async () => new Uint8Array(0));
