// `npm run build` (also run by `npm ci`, as `prepare`): bundles the program into dist/ with
// esbuild, so that the command runs without tsx. dist/build.json records the hash of the sources;
// bin/load.js uses the build only while src/ hashes the same, so a stale build is never run.
// The rules hash is computed here and fixed into the build: it is a hash of those same sources.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { hashSources } from '../src/pipeline/rules-hash.ts';
import { sourceHash } from '../bin/source-hash.js';

const outdir = path.resolve(process.argv[2] ?? 'dist');
const src = path.resolve('src');
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  outdir,
  logLevel: 'warning',
  define: { __ACCORDS_RULES_HASH__: JSON.stringify(hashSources()) },
};
// build.json goes first and comes back last: a build cut short is never taken for a current one.
// The previous build's modules go too (chunk names change with their content).
mkdirSync(outdir, { recursive: true });
rmSync(path.join(outdir, 'build.json'), { force: true });
for (const f of readdirSync(outdir)) if (/\.(?:mjs|js)$/.test(f)) rmSync(path.join(outdir, f));
const before = sourceHash(src);
// Split: what the CLI imports on demand (the core, the commands other than extract) goes into
// chunks of its own, so the main thread of a run on worker threads never loads the extractors.
// Chunks sit beside cli.mjs: pool.ts finds worker-entry.js next to the module it is in.
await build({ ...common, entryPoints: { cli: path.join(src, 'cli/entry.ts') }, splitting: true, chunkNames: 'chunk-[hash]', outExtension: { '.js': '.mjs' } });
// The worker thread's entry: pool.ts starts ./worker-entry.js next to the module it is in.
await build({ ...common, entryPoints: { 'worker-entry': path.join(src, 'cli/worker.ts') } });
if (sourceHash(src) !== before) throw new Error('src/ changed during the build: run it again');
writeFileSync(path.join(outdir, 'build.json'), `${JSON.stringify({ sourceHash: before }, null, 2)}\n`);
process.stdout.write(`built ${path.relative('.', outdir) || '.'}/ from src/ ${before.slice(0, 12)}\n`);
