import { describe, expect, it } from 'vitest';
import { decodeBytes, htmlToText, normalizeNewlines } from '../../src/pipeline/load.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('decodes UTF-8, drops the BOM and turns CRLF into LF', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Perú firmó.\r\nOtra línea.\r\n')]));
    expect(d).toMatchObject({ text: 'Perú firmó.\nOtra línea.\n', encoding: 'utf-8', format: 'text', unreadable: null });
  });

  it('falls back to Windows-1252 for legacy Spanish bytes and says so', () => {
    // "Minería en Perú — “litio”" in Windows-1252.
    const bytes = new Uint8Array([0x4d, 0x69, 0x6e, 0x65, 0x72, 0xed, 0x61, 0x20, 0x65, 0x6e, 0x20, 0x50, 0x65, 0x72, 0xfa, 0x20, 0x97, 0x20, 0x93, 0x6c, 0x69, 0x74, 0x69, 0x6f, 0x94]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe('Minería en Perú — “litio”');
    expect(d.encoding).toBe('windows-1252');
    expect(d.notes).toEqual(['not valid UTF-8: decoded as Windows-1252']);
  });

  it('reads UTF-8 with a few bad bytes as UTF-8, each bad sequence replaced, and says how many', () => {
    // A UTF-8 Spanish line with a stray byte (0xff) and a cut sequence (0xc3 then "("): read as
    // Windows-1252 the accented letters would come out as "UniÃ³n", "reunirÃ¡n".
    const bytes = new Uint8Array([...enc('La Unión Europea y Chile se reunirán '), 0xff, ...enc(' cada seis meses '), 0xc3, 0x28]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe('La Unión Europea y Chile se reunirán \ufffd cada seis meses \ufffd(');
    expect(d.encoding).toBe('utf-8');
    expect(d.notes).toEqual(['not valid UTF-8: 2 invalid byte sequences replaced with U+FFFD, the rest read as UTF-8']);
  });

  it('still takes a Windows-1252 file with one accidental UTF-8-looking pair for Windows-1252', () => {
    // "Perú, Bolivia, Panamá, Colombia" in Windows-1252, then "Ã©" (0xc3 0xa9), valid as UTF-8 "é".
    const bytes = new Uint8Array([...enc('Per'), 0xfa, ...enc(', Bolivia, Panam'), 0xe1, ...enc(' y M'), 0xe9, ...enc('xico '), 0xc3, 0xa9]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('Perú, Bolivia, Panamá y México Ã©');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const body = Buffer.from('Chile y Japón', 'utf16le');
    const d = decodeBytes(new Uint8Array([0xff, 0xfe, ...body]));
    expect(d.text).toBe('Chile y Japón');
    expect(d.encoding).toBe('utf-16le');
  });

  it('reads UTF-16 saved without a byte-order mark, either byte order, and says so', () => {
    const le = Buffer.from('Perú y Japón firmaron un memorando sobre cobre.', 'utf16le');
    expect(decodeBytes(new Uint8Array(le))).toMatchObject({ text: 'Perú y Japón firmaron un memorando sobre cobre.', encoding: 'utf-16le', unreadable: null, notes: ['no byte-order mark, but every other byte is zero: read as UTF-16LE'] });
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(new Uint8Array(be))).toMatchObject({ text: 'Perú y Japón firmaron un memorando sobre cobre.', encoding: 'utf-16be', notes: ['no byte-order mark, but every other byte is zero: read as UTF-16BE'] });
  });

  it('does not take binary bytes with scattered zeros for UTF-16', () => {
    const bytes = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'utf-8', unreadable: 'contains NUL bytes: binary data, not text' });
  });

  it('refuses binary files by signature and NUL bytes', () => {
    expect(decodeBytes(enc('%PDF-1.7 ...')).unreadable).toMatch(/PDF/);
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).unreadable).toMatch(/PNG/);
    expect(decodeBytes(enc('abc\u0000def')).unreadable).toMatch(/NUL/);
  });

  it('reads HTML as text: scripts and styles dropped, blocks on their own lines, entities decoded', () => {
    const html = '<html><head><title>MoU</title><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>' +
      '<body><h1>Chile &amp; Canad&aacute; sign</h1><p>The parties&nbsp;agreed.</p><!-- hidden --></body></html>';
    const d = decodeBytes(enc(html), 'news/a.html');
    expect(d.format).toBe('html');
    expect(d.text).toBe('MoU\n\nChile & Canadá sign\n\nThe parties agreed.');
  });

  it('treats an empty file as empty text, not as an error', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ text: '', unreadable: null });
  });
});

describe('normalizeNewlines / htmlToText', () => {
  it('handles lone CR and keeps other characters', () => {
    expect(normalizeNewlines('\uFEFFa\rb\r\nc')).toBe('a\nb\nc');
  });
  it('reads a source line break inside a paragraph as a space, as a browser does (not in <pre>)', () => {
    expect(htmlToText('<p>Canada and Peru signed a memorandum\non copper\r\n  and zinc.</p><p>Second.</p>')).toBe('Canada and Peru signed a memorandum on copper and zinc.\n\nSecond.');
    expect(htmlToText('<p>Chile y Perú firmaron\nun memorando.<br>Lima</p>')).toBe('Chile y Perú firmaron un memorando.\nLima');
    expect(htmlToText('<pre>Lima\nPeru</pre>')).toBe('Lima\nPeru');
  });
  it('does not choke on unclosed tags', () => {
    expect(htmlToText('<p>Lithium <b>deal')).toBe('Lithium deal');
  });
});
