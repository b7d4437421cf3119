// The library entry, imported by its package name as a user would.
import { describe, expect, it } from 'vitest';
import { extractDocument, extractBytes, RecordSchema } from 'mineral-accords';

describe('mineral-accords as a library', () => {
  it('takes text and metadata and returns a validated, typed record', () => {
    const r = extractDocument('Chile y Canadá firmaron hoy un memorando de entendimiento sobre litio y cobre, con vigencia de cinco años.', { id: 'x/y' });
    expect(r.id).toBe('x/y');
    expect(r.language.code).toBe('es');
    expect(r.source).toEqual({ path: null, sha256: null, bytes: 108, encoding: 'utf-8', format: 'text' });
    expect(RecordSchema.parse(r)).toEqual(r);
  });
  it('decodes bytes itself with extractBytes', () => {
    const r = extractBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), { id: 'scan' });
    expect(r.language.status).toBe('unreadable');
    expect(r.diagnostics).toEqual([{ code: 'unreadable', message: 'binary PDF file, not text' }]);
  });
});
