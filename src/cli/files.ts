// Finding the input documents: files and folders (recursive), ids relative to the given root.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../core/text.ts';

export const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export interface InputFile {
  /** Record id: the path under the root, extension dropped, "/" separators. */
  id: string;
  /** Path as shown to the user and stored in the record (relative to the cwd, "/" separators). */
  display: string;
  abs: string;
}

export interface WalkProblem {
  path: string;
  message: string;
  /** A warning loses no document (a link loop skipped); an error does (an unreadable folder). */
  severity: 'warning' | 'error';
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The part of `abs` under `dir`, with "/" separators. */
function under(dir: string, abs: string): string {
  return toPosix(path.relative(dir, abs));
}

function stripExtension(rel: string): string {
  const ext = /\.[^./]+$/.exec(rel);
  return ext ? rel.slice(0, ext.index) : rel;
}

interface Root {
  abs: string;
  /** The root's path from the cwd, "" for the cwd itself; null when it is not under the cwd. */
  display: string | null;
  cwd: string;
}

/** The path shown for the file at `rel` under `root`. */
function displayOf(root: Root, rel: string): string {
  if (root.display === null) return under(root.cwd, path.join(root.abs, rel));
  return root.display ? `${root.display}/${rel}` : rel;
}

/**
 * The documents found, sorted by id (then display path), held compactly: per document only its
 * path under its root (and the root's number), the id, display and absolute paths being made when
 * asked for. With 100,000 documents the list takes ~8 MB of heap instead of ~19 MB for as many
 * InputFile objects, and it is the one thing the main thread of a run keeps per document.
 */
export class InputList {
  private constructor(
    private readonly roots: readonly Root[],
    private readonly rootOf: Uint32Array,
    private readonly rels: readonly string[],
  ) {}

  /** `found`: [root number, path under the root with "/" separators], in any order. */
  static of(roots: readonly Root[], found: readonly (readonly [number, string])[]): InputList {
    const ids = found.map(([, rel]) => stripExtension(rel));
    // Two files with one id (a.txt, a.md) are ordered by the path shown for them.
    const shown = (i: number): string => displayOf(roots[found[i]![0]]!, found[i]![1]);
    const order = Array.from(found, (_, i) => i).sort((a, b) => compareStrings(ids[a]!, ids[b]!) || compareStrings(shown(a), shown(b)));
    return new InputList(roots, Uint32Array.from(order, i => found[i]![0]), order.map(i => found[i]![1]));
  }

  get length(): number {
    return this.rels.length;
  }

  id(i: number): string {
    return stripExtension(this.rels[i]!);
  }

  display(i: number): string {
    return displayOf(this.roots[this.rootOf[i]!]!, this.rels[i]!);
  }

  abs(i: number): string {
    return path.join(this.roots[this.rootOf[i]!]!.abs, this.rels[i]!);
  }

  at(i: number): InputFile {
    return { id: this.id(i), display: this.display(i), abs: this.abs(i) };
  }

  toArray(): InputFile[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lists the documents under the given paths. A folder is walked recursively (hidden entries and
 * symbolic-link loops skipped); a file is taken whatever its extension. Sorted by id.
 */
export async function findInputs(paths: readonly string[], cwd = process.cwd()): Promise<{ files: InputList; problems: WalkProblem[] }> {
  const roots: Root[] = [];
  const found: [number, string][] = [];
  const problems: WalkProblem[] = [];
  const visited = new Set<string>();
  // Files in a folder that are no text, Markdown or HTML (a PDF, a Word file), by extension.
  const notRead = new Map<string, { count: number; first: string }>();
  const display = (abs: string): string => under(cwd, abs) || '.';
  const rootNumber = (abs: string): number => {
    const shown = under(cwd, abs);
    // Above the cwd ("..") a document may still be under it: its path is worked out on its own.
    roots.push({ abs, display: shown === '..' || shown.startsWith('../') || path.isAbsolute(shown) ? null : shown, cwd });
    return roots.length - 1;
  };

  /** `rel`: the folder's path under the root ("" for the root itself), "/" separators. */
  async function walk(root: number, dir: string, rel: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      problems.push({ path: display(dir), message: (e as Error).message, severity: 'error' });
      return;
    }
    if (visited.has(real)) {
      problems.push({ path: display(dir), message: 'folder already visited (symbolic-link loop): skipped', severity: 'warning' });
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: display(dir), message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, severity: 'error' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(dir, entry.name);
      // A name whose bytes are not UTF-8 comes back with U+FFFD in it, and no file has that name.
      if (entry.name.includes('\ufffd') && !(await exists(abs))) {
        problems.push({ path: display(abs), message: 'name is not valid UTF-8, so it cannot be opened by name: rename it (e.g. with `convmv -f latin1 -t utf-8`)', severity: 'error' });
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (e) {
          problems.push({ path: display(abs), message: `broken or looping symbolic link (${(e as NodeJS.ErrnoException).code ?? 'unknown'}): skipped`, severity: 'warning' });
          continue;
        }
      }
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (isDir) await walk(root, abs, relPath);
      else if (isFile) {
        const ext = path.extname(entry.name).toLowerCase();
        if (EXTENSIONS.includes(ext)) found.push([root, relPath]);
        else {
          const other = notRead.get(ext) ?? { count: 0, first: display(abs) };
          other.count++;
          notRead.set(ext, other);
        }
      }
    }
  }

  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st;
    try {
      st = await fs.stat(abs);
    } catch (e) {
      problems.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message, severity: 'error' });
      continue;
    }
    if (st.isDirectory()) await walk(rootNumber(abs), abs, '');
    else found.push([rootNumber(path.dirname(abs)), path.basename(abs)]);
  }
  // One warning per kind of file left out, so that a PDF dropped into the corpus is not lost unseen.
  const readable = `${EXTENSIONS.slice(0, -1).join(', ')} and ${EXTENSIONS[EXTENSIONS.length - 1]}`;
  for (const [ext, { count, first }] of [...notRead].sort(([a], [b]) => compareStrings(a, b))) {
    const kind = ext || 'no extension';
    const others = count === 1 ? '' : `, nor ${count - 1} other ${kind} file${count === 2 ? '' : 's'}`;
    const how = CONVERT[ext] ? `; ${CONVERT[ext]}` : '';
    problems.push({ path: first, message: `not read (${kind})${others}: only ${readable} files are documents${how}`, severity: 'warning' });
  }
  return { files: InputList.of(roots, found), problems };
}

/** How to turn a document format the walk leaves out into one it reads. */
const CONVERT: Record<string, string> = {
  '.pdf': 'convert to text first (e.g. `pdftotext -enc UTF-8`)',
  '.doc': 'save as text or HTML first',
  '.docx': 'convert to text first (e.g. `pandoc -t plain`)',
  '.odt': 'convert to text first (e.g. `pandoc -t plain`)',
  '.rtf': 'convert to text first (e.g. `pandoc -t plain`)',
  '.eml': 'save the message body as text first',
};
