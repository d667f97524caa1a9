// Excel rejects every request while the user is typing in a cell (InvalidOperationInCellEditMode).
// Script Lab's safe wrappers retry a few times, then say what to do: so do we.
import { MSG } from "./messages";
import { errorCode } from "./office-errors";

export { errorCode };
export const EDIT_MODE_CODE = "InvalidOperationInCellEditMode";
const ATTEMPTS = 4;
const WAIT_MS = 400;

/** Runs `attempt` again while Excel is in cell-edit mode; after the last try, a Vietnamese error. */
export async function withEditModeRetry<T>(attempt: () => Promise<T>, sleep: (ms: number) => Promise<void>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (errorCode(error) !== EDIT_MODE_CODE) throw error;
      if (i >= ATTEMPTS) throw new Error(MSG.cellEditMode, { cause: error });
      await sleep(WAIT_MS * i);
    }
  }
}
