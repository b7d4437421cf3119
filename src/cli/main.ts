// The `accords` command: dispatches to subcommands. Returns the exit code.
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import { extractCommand } from './extract.ts';
import { log, UsageError } from './log.ts';

export const HELP = `accords ${PIPELINE_VERSION}: press releases on critical-minerals cooperation → dataset

Usage:
  accords extract [PATH...] [--out DIR]   extract records from files/folders (default corpus/ → output/)
  accords extract --check                 exit 1 if output/ is not what extract would write now
  accords eval --gold DIR [--json] [--verbose] [--min FIELD=X ...]
                                          score the pipeline against gold annotations
  accords diff OLD NEW | --base REF [--format text|markdown|json] [--exit-code]
                                          what changed in the extracted values, per document and field
  accords review [PATH...] [--out FILE] [--base REF]
                                          one HTML page: texts with extracted spans highlighted
  accords --help | --version

Run \`accords <command> --help\` for a command's options.
`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => extractCommand,
  eval: async () => (await import('./eval.ts')).evalCommand,
  diff: async () => (await import('./diff.ts')).diffCommand,
  review: async () => (await import('./review.ts')).reviewCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    process.stdout.write(HELP);
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${PIPELINE_VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[first];
  if (!load) {
    log.error(`unknown command "${first}"; commands: ${Object.keys(COMMANDS).join(', ')} (see accords --help)`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      log.error(`${(e as Error).message} (see accords ${first} --help)`);
      return 2;
    }
    throw e;
  }
}
