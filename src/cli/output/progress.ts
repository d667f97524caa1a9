// A progress bar on stderr, only when stderr is a terminal: piped or redirected output (and
// --json's stdout) stays clean. Redraws at most every 100 ms so thousands of files stay cheap.
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };
const BAR_WIDTH = 30;

export function createProgress(total: number, title: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  let count = 0;
  let lastDraw = 0;
  const draw = (label: string) => {
    const filled = Math.round((count / total) * BAR_WIDTH);
    const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
    const columns = stream.columns ?? 80;
    // eslint-disable-next-line no-control-regex
    const text = `${title} ${bar} ${count}/${total} ${label.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")}`;
    stream.write(`\r${text.slice(0, columns - 1).padEnd(columns - 1)}`);
  };
  return {
    tick(label = "") {
      count++;
      const now = Date.now();
      if (now - lastDraw >= 100 || count === total) {
        lastDraw = now;
        draw(label);
      }
    },
    done() {
      stream.write(`\r${" ".repeat((stream.columns ?? 80) - 1)}\r`);
    },
  };
}
