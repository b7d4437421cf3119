// A progress bar on stderr, drawn only when stderr is a terminal; log lines clear it first.
export class Progress {
  private readonly total: number;
  private readonly enabled: boolean;
  private count = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(total: number, wanted: boolean) {
    this.total = total;
    this.enabled = wanted && process.stderr.isTTY === true && total > 0;
  }

  tick(): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.count < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((this.count / this.total) * width);
    const rate = this.count / Math.max((now - this.started) / 1000, 0.001);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.count}/${this.total} documents, ${rate.toFixed(0)}/s`);
    this.drawn = true;
  }

  /** Clears the bar so a log line can be printed on a clean line. */
  clear(): void {
    if (this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
  }

  done(): void {
    this.clear();
  }
}
