#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`accords: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 70;
}
