// Stage 1, load: bytes → the text every offset refers to. No file access here: the CLI reads the
// bytes, this module decides what they say. Order matters: byte-order marks first (they name the
// encoding), then strict UTF-8, then Windows-1252 as the fallback for legacy Spanish files.
import { decodeHTML } from 'entities';

export type SourceFormat = 'text' | 'markdown' | 'html';

export interface Decoded {
  text: string;
  encoding: string;
  format: SourceFormat;
  /** Set when the bytes are not text at all (binary, NUL bytes); `text` is then empty. */
  unreadable: string | null;
  /** Notes on repairs made (a fallback encoding, replaced bytes). */
  notes: string[];
}

/** Byte-order mark removal and CRLF/CR → LF: the contract's definition of the decoded text. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

export function formatFromPath(path: string | null | undefined, text = ''): SourceFormat {
  const p = (path ?? '').toLowerCase();
  if (p.endsWith('.html') || p.endsWith('.htm')) return 'html';
  if (p.endsWith('.md') || p.endsWith('.markdown')) return 'markdown';
  if (!p && /^\s*(<!doctype html|<html[\s>])/i.test(text)) return 'html';
  return 'text';
}

/** Decodes raw bytes to text, recognising BOMs, UTF-8, UTF-16 and falling back to Windows-1252. */
export function decodeBytes(bytes: Uint8Array, path?: string | null): Decoded {
  const notes: string[] = [];
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) return { text: '', encoding: 'binary', format: 'text', unreadable: `binary ${name} file, not text`, notes };
  }
  let text: string;
  let encoding: string;
  let order: 'utf-16le' | 'utf-16be' | null;
  if (startsWith(bytes, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else if ((order = utf16WithoutBom(bytes)) !== null) {
    text = new TextDecoder(order).decode(bytes);
    encoding = order;
    notes.push(`no byte-order mark, but every other byte is zero: read as ${order === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}`);
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      encoding = 'utf-8';
    } catch {
      const lenient = new TextDecoder('utf-8').decode(body);
      const { replaced, decoded } = countNonAscii(lenient);
      if (decoded > 0 && decoded >= replaced) {
        // UTF-8 with a few bad bytes (a cut download, one pasted Windows-1252 word): reading the
        // whole file as Windows-1252 would garble every accented letter ("Unión" as "UniÃ³n").
        text = lenient;
        encoding = 'utf-8';
        notes.push(`not valid UTF-8: ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD, the rest read as UTF-8`);
      } else {
        // Legacy Spanish files are mostly Windows-1252; its decoder maps every byte.
        text = decodeWindows1252(body);
        encoding = 'windows-1252';
        notes.push('not valid UTF-8: decoded as Windows-1252');
      }
    }
  }
  if (text.includes('\u0000')) {
    return { text: '', encoding, format: 'text', unreadable: 'contains NUL bytes: binary data, not text', notes };
  }
  const controls = (text.match(/[\u0001-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > 8 && controls > text.length / 100) {
    return { text: '', encoding, format: 'text', unreadable: `${controls} control characters: binary data, not text`, notes };
  }
  text = normalizeNewlines(text);
  const format = formatFromPath(path, text);
  if (format === 'html') text = htmlToText(text);
  return { text, encoding, format, unreadable: null, notes };
}

/**
 * UTF-16 saved without a byte-order mark: text in Latin script has a zero high byte in nearly
 * every code unit, so one byte of each pair is zero (the odd ones little-endian, the even ones
 * big-endian) and the other almost never. Judged on the first 4,096 bytes; null when it is not so.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.8 && zeroEven <= pairs * 0.02) return 'utf-16le';
  if (zeroEven >= pairs * 0.8 && zeroOdd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * In text decoded leniently as UTF-8: the replacement characters (invalid sequences) and the
 * other non-ASCII characters (valid multi-byte sequences). Windows-1252 text read as UTF-8 has
 * almost no valid sequence: an accented letter is one byte followed by ASCII.
 */
function countNonAscii(text: string): { replaced: number; decoded: number } {
  let replaced = 0;
  let decoded = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) replaced++;
    else decoded++;
  }
  return { replaced, decoded };
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (Node's TextDecoder treats the label as
// Latin-1, leaving C1 control characters where the curly quotes and dashes should be).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

// Elements whose end starts a new line of text.
const BLOCKS = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'title', 'dd', 'dt']);
// Elements whose content is no text of the page: dropped whole, up to their end tag.
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;

/**
 * Text from HTML, by one pass over it: drops scripts, styles, comments and declarations, collapses
 * white space as a browser does (a page's source lines are no lines of its text; <pre> keeps its
 * own), turns block elements into line breaks, strips the remaining tags and decodes entities. A
 * "<" that opens no tag ("a < b") is text. Each search goes forward only, and one that finds no
 * end (an unclosed comment or script) ends the text there, as in a browser: linear time whatever
 * the input (a megabyte of "<script>" or "<!--" was quadratic with patterns).
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let pre = 0;
  const text = (from: number, to: number): void => {
    if (to > from) parts.push(pre > 0 ? html.slice(from, to) : html.slice(from, to).replace(/\s+/g, ' '));
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(i, html.length);
      break;
    }
    text(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      parts.push(' ');
      i = end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const tag = next === 0x21 || next === 0x3f ? null : TAG_NAME.exec(html.slice(lt, lt + 64));
    if (tag === null && next !== 0x21 && next !== 0x3f) {
      // Not a tag: the "<" is text.
      text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    if (tag === null) continue; // <!DOCTYPE …>, <?xml …?>
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (!closing && HIDDEN.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = i;
      const m = end.exec(html);
      if (!m) break;
      parts.push(' ');
      i = m.index + m[0].length;
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    parts.push(BLOCKS.has(name) ? '\n' : ' ');
  }
  return decodeHTML(parts.join(''))
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map(l => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
