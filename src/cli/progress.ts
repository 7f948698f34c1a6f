// Progress while a batch runs: a bar redrawn in place on a terminal; one plain line per record
// otherwise (CI logs, pipes), so a log reads the same whatever the speed.
export interface Progress {
  update(done: number, total: number, label: string): void;
  /** Prints a line above the bar (diagnostics, a record's result). */
  log(stream: NodeJS.WriteStream, text: string): void;
  end(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    update(done, total, label) {
      if (!enabled) return;
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const name = label.length > 40 ? '…' + label.slice(-39) : label;
      clear();
      stream.write(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`);
      drawn = true;
    },
    log(out, text) {
      if (enabled) clear();
      out.write(text);
    },
    end() {
      if (enabled) clear();
    },
  };
}
