// Writing the output folder whole or not at all: everything goes to a sibling staging folder,
// which then replaces the old one by two renames. A run killed before the swap leaves the
// previous output untouched; the staging folder of a killed run is cleared by the next run.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function writeOutputAtomically(out: string, files: ReadonlyMap<string, string>): Promise<void> {
  const abs = path.resolve(out);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  await fs.mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${base}.staging-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  await clearLeftovers(parent, base, abs);
  for (const [rel, content] of files) {
    const target = path.join(staging, rel);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
  }
  let hadOld = false;
  try {
    await fs.rename(abs, old);
    hadOld = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    await fs.rename(staging, abs);
  } catch (e) {
    if (hadOld) await fs.rename(old, abs);
    throw e;
  }
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
}

/** Removes what a killed run left; a previous output moved aside but never replaced comes back. */
async function clearLeftovers(parent: string, base: string, abs: string): Promise<void> {
  const names = (await fs.readdir(parent)).sort();
  const exists = await fs.stat(abs).then(() => true, () => false);
  const moved = names.find(n => n.startsWith(`.${base}.old-`));
  if (!exists && moved) await fs.rename(path.join(parent, moved), abs);
  for (const name of names) {
    if (!exists && name === moved) continue;
    if (name.startsWith(`.${base}.staging-`) || name.startsWith(`.${base}.old-`)) {
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
