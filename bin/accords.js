#!/usr/bin/env node
// The `accords` command. Runs the build in dist/ when it is current, else the TypeScript sources
// through tsx (see load.js): no build step is needed after editing a file.
import { loadProgram } from './load.js';

const { main } = await loadProgram();
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`accords: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 70;
}
