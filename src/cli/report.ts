import picocolors from 'picocolors';
import cliProgress from 'cli-progress';
import type { InputError } from '../model/index.js';

// Colour only on a terminal (picocolors alone would colour whenever CI is set), and never with NO_COLOR.
const pc = picocolors.createColors(Boolean(process.stderr.isTTY) && !('NO_COLOR' in process.env));

/**
 * Progress and errors on standard error: a progress bar on a terminal (done/total, rate, errors),
 * one line per error naming the file/line/URL, and a closing summary line.
 */
export class Reporter {
  read = 0;
  failed = 0;
  warnings = 0;
  counts: Record<string, number> = {};
  private bar: cliProgress.SingleBar | null = null;
  private started = Date.now();

  constructor(private quiet = false) {}

  /** Start a progress bar when standard error is a terminal and the total is known. */
  start(total: number): void {
    if (this.quiet || !process.stderr.isTTY || total < 2) return;
    this.bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: ' {bar} {value}/{total} | {rate} art/s | errors: {errors}', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0, { rate: '0', errors: 0 });
  }

  tick(): void {
    this.read++;
    const secs = (Date.now() - this.started) / 1000;
    this.bar?.increment(1, { rate: secs > 0 ? (this.read / secs).toFixed(1) : '0', errors: this.failed });
  }

  error(e: InputError, warning = false): void {
    if (warning) this.warnings++;
    else this.failed++;
    const line = `${warning ? pc.yellow('warning') : pc.red('error')} ${e.where}: ${e.reason}`;
    if (this.bar) {
      this.bar.stop();
      process.stderr.write(line + '\n');
      this.bar.start(this.bar.getTotal(), this.read, { errors: this.failed });
    } else process.stderr.write(line + '\n');
  }

  count(key: string, n = 1): void {
    this.counts[key] = (this.counts[key] ?? 0) + n;
  }

  /** The closing summary line, e.g. `read 5, stored 4, duplicates 1, failed 0 (0.4 s)`. */
  finish(fields: string[]): void {
    this.bar?.stop();
    if (this.quiet) return;
    const parts = fields.map((f) => `${f} ${f === 'read' ? this.read : f === 'failed' ? this.failed : (this.counts[f] ?? 0)}`);
    if (this.warnings) parts.push(`warnings ${this.warnings}`);
    const secs = ((Date.now() - this.started) / 1000).toFixed(1);
    process.stderr.write(`${parts.join(', ')} (${secs} s)\n`);
  }
}
