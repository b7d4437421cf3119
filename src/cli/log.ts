// Everything the CLI says to a person goes to stderr; stdout carries only what a command means
// to print (help, version, reports asked for).
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Anything drawn on stderr that must be cleared before a log line (the progress bar). */
export interface Clearable {
  clear(): void;
}

export const log = {
  info(message: string, bar?: Clearable): void {
    bar?.clear();
    process.stderr.write(`${message}\n`);
  },
  warn(message: string, bar?: Clearable): void {
    bar?.clear();
    process.stderr.write(`warning: ${message}\n`);
  },
  error(message: string, bar?: Clearable): void {
    bar?.clear();
    process.stderr.write(`error: ${message}\n`);
  },
};
