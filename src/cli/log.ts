// Everything the CLI says to a person goes to stderr; stdout carries only what a command means
// to print (help, version, reports asked for).
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const log = {
  info(message: string): void {
    process.stderr.write(`${message}\n`);
  },
  warn(message: string): void {
    process.stderr.write(`warning: ${message}\n`);
  },
  error(message: string): void {
    process.stderr.write(`error: ${message}\n`);
  },
};
