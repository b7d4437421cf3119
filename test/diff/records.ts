// Hand-built records over small documents written for these tests, so that the diff and review
// tests do not move when the extractors change. Spans are found by phrase in the text and built
// with makeSpan, and every record is validated against the schema.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeSpan } from '../../src/core/span.ts';
import { RecordSchema, type AccordRecord, type Span } from '../../src/schema/record.ts';
import { recordJson } from '../../src/output/serialize.ts';

/** A phrase of the text (its nth occurrence, 0-based) and the rule said to have found it. */
export interface At {
  phrase: string;
  rule: string;
  nth?: number;
}

export interface DocSpec {
  id: string;
  text: string;
  lang: 'en' | 'es';
  title?: string | null;
  relevant?: boolean;
  documentDate?: { value: string } & At;
  instruments?: ({ type: AccordRecord['instruments'][number]['type'] } & At)[];
  binding?: { value: AccordRecord['binding']['value'] } & Partial<At>;
  entities?: { id: string; kind: 'state' | 'union' | 'organization'; name: string; party: boolean; mentions: At[] }[];
  officials?: ({ name: string; title: string; party: string | null } & At)[];
  dates?: ({ value: string; precision: 'day' | 'month' | 'year' } & At)[];
  minerals?: { id: string; name: string; symbol: string | null; mentions: At[] }[];
  obligations?: ({ modality: 'binding' | 'commitment' | 'intent' | 'negated'; actors: string[]; trigger: string } & At)[];
  timelines?: ({ kind: 'deadline' | 'duration' | 'recurrence' | 'start'; amount: number | null; unit: 'day' | 'week' | 'month' | 'year' | null; resolved: string | null } & At)[];
  rules?: string;
}

export function spanAt(text: string, at: At): Span {
  let from = -1;
  for (let i = 0; i <= (at.nth ?? 0); i++) {
    from = text.indexOf(at.phrase, from + 1);
    if (from < 0) throw new Error(`phrase "${at.phrase}" (occurrence ${at.nth ?? 0}) not in the text`);
  }
  return makeSpan(text, from, from + at.phrase.length, at.rule);
}

export const sourcePath = (id: string): string => `corpus/${id}.txt`;

export function buildRecord(spec: DocSpec): AccordRecord {
  const t = spec.text;
  const record = {
    schemaVersion: 1,
    id: spec.id,
    source: {
      path: sourcePath(spec.id),
      sha256: createHash('sha256').update(t).digest('hex'),
      bytes: Buffer.byteLength(t),
      encoding: 'utf-8',
      format: 'text',
    },
    language: { code: spec.lang, confidence: 0.9, status: 'ok' },
    relevant: spec.relevant ?? true,
    title: spec.title ?? null,
    documentDate: spec.documentDate ? { value: spec.documentDate.value, source: 'header', span: spanAt(t, spec.documentDate) } : null,
    instruments: (spec.instruments ?? []).map(i => ({ type: i.type, span: spanAt(t, i) })),
    binding: {
      value: spec.binding?.value ?? 'unspecified',
      span: spec.binding?.phrase ? spanAt(t, spec.binding as At) : null,
    },
    entities: (spec.entities ?? []).map(e => ({ id: e.id, kind: e.kind, name: e.name, party: e.party, mentions: e.mentions.map(m => spanAt(t, m)) })),
    officials: (spec.officials ?? []).map(o => ({ name: o.name, title: o.title, party: o.party, span: spanAt(t, o) })),
    dates: (spec.dates ?? []).map(d => ({ value: d.value, precision: d.precision, span: spanAt(t, d) })),
    minerals: (spec.minerals ?? []).map(m => ({ id: m.id, name: m.name, symbol: m.symbol, mentions: m.mentions.map(x => spanAt(t, x)) })),
    obligations: (spec.obligations ?? []).map(o => ({ text: o.phrase, modality: o.modality, actors: o.actors, trigger: o.trigger, span: spanAt(t, o) })),
    timelines: (spec.timelines ?? []).map(x => ({ kind: x.kind, amount: x.amount, unit: x.unit, resolved: x.resolved, text: x.phrase, span: spanAt(t, x) })),
    diagnostics: [],
    provenance: { pipeline: '0.1.0', rules: spec.rules ?? 'rules-v1' },
  };
  return RecordSchema.parse(record);
}

/** Writes the sources under ROOT/corpus and an output folder ROOT/OUT (records + manifest). */
export function writeDataset(root: string, out: string, specs: readonly DocSpec[], options: { sources?: boolean } = {}): AccordRecord[] {
  const records = specs.map(buildRecord);
  for (const [i, r] of records.entries()) {
    const file = path.join(root, out, 'records', `${r.id}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, recordJson(r));
    if (options.sources !== false) {
      const src = path.join(root, r.source.path!);
      mkdirSync(path.dirname(src), { recursive: true });
      writeFileSync(src, specs[i]!.text);
    }
  }
  const rules = specs[0]?.rules ?? 'rules-v1';
  writeFileSync(path.join(root, out, 'manifest.json'), `${JSON.stringify({ schemaVersion: 1, pipeline: '0.1.0', rules, counts: {}, documents: [] }, null, 2)}\n`);
  return records;
}

// ---------------------------------------------------------------------------------------------
// The documents (written for these tests) and two versions of what the rules found in them.

const EN_TEXT = `date 2026-02-10
Argentina and Japan sign lithium memorandum
Buenos Aires, February 10, 2026. Argentina and Japan signed a memorandum of understanding on lithium and cobalt supply chains. Japan will finance a pilot refinery in Jujuy. Both sides shall exchange geological survey data within 60 days. Minister Laura Quiroga said Japanese investment in lithium would grow.
`;

const ES_TEXT = `date 2026-01-20
Chile y Corea acuerdan hoja de ruta sobre cobre
Santiago, 20 de enero de 2026. Chile y la República de Corea firmaron una hoja de ruta sobre cobre y litio. Corea se compromete a apoyar la formación técnica de ingenieros chilenos. Ambos gobiernos evaluarán un acuerdo vinculante antes de diciembre de 2026.
`;

/** The Spanish document with a sentence inserted after the title: every later offset moves. */
const ES_TEXT_MOVED = ES_TEXT.replace('\nSantiago,', '\nNota de prensa de la cancillería.\nSantiago,');

const OLD_TEXT = `A short note in English about a visit by a trade delegation to a copper smelter, with no agreement signed.
`;

const KE_TEXT = `date 2026-03-01
Kenya and the European Union agree a graphite partnership
Nairobi, 1 March 2026. Kenya and the European Union agreed a strategic partnership on graphite and manganese.
`;

const es = (text: string): DocSpec => ({
  id: 'chile-corea-cobre',
  text,
  lang: 'es',
  title: 'Chile y Corea acuerdan hoja de ruta sobre cobre',
  documentDate: { value: '2026-01-20', phrase: 'date 2026-01-20', rule: 'any.documentDate.header' },
  instruments: [{ type: 'roadmap', phrase: 'hoja de ruta', rule: 'es.instrument.hoja_de_ruta', nth: 1 }],
  binding: { value: 'non_binding', phrase: 'hoja de ruta', rule: 'es.binding.roadmap', nth: 1 },
  entities: [
    { id: 'CL', kind: 'state', name: 'Chile', party: true, mentions: [{ phrase: 'Chile', rule: 'es.entity.country', nth: 1 }] },
    {
      id: 'KR',
      kind: 'state',
      name: 'South Korea',
      party: true,
      mentions: [
        { phrase: 'República de Corea', rule: 'es.entity.country' },
        { phrase: 'Corea se', rule: 'es.entity.country' },
      ],
    },
  ],
  dates: [
    { value: '2026-01-20', precision: 'day', phrase: '20 de enero de 2026', rule: 'es.date.dia_de_mes_de_ano' },
    { value: '2026-12', precision: 'month', phrase: 'diciembre de 2026', rule: 'es.date.mes_de_ano' },
  ],
  minerals: [
    { id: 'copper', name: 'copper', symbol: 'Cu', mentions: [{ phrase: 'cobre', rule: 'es.mineral.lexicon', nth: 1 }] },
    { id: 'lithium', name: 'lithium', symbol: 'Li', mentions: [{ phrase: 'litio', rule: 'es.mineral.lexicon' }] },
  ],
  obligations: [
    {
      phrase: 'Corea se compromete a apoyar la formación técnica de ingenieros chilenos',
      modality: 'commitment',
      actors: ['KR'],
      trigger: 'se compromete a',
      rule: 'es.obligation.comprometerse',
    },
  ],
  timelines: [{ kind: 'deadline', amount: null, unit: null, resolved: '2026-12', phrase: 'antes de diciembre de 2026', rule: 'es.timeline.antes_de' }],
});

const enBase = (): DocSpec => ({
  id: 'argentina-japan-lithium',
  text: EN_TEXT,
  lang: 'en',
  title: 'Argentina and Japan sign lithium memorandum',
  documentDate: { value: '2026-02-10', phrase: 'date 2026-02-10', rule: 'any.documentDate.header' },
  instruments: [{ type: 'memorandum_of_understanding', phrase: 'memorandum of understanding', rule: 'en.instrument.mou' }],
  binding: { value: 'non_binding', phrase: 'memorandum of understanding', rule: 'en.binding.mou' },
  entities: [
    { id: 'AR', kind: 'state', name: 'Argentina', party: true, mentions: [{ phrase: 'Argentina', rule: 'en.entity.country', nth: 1 }] },
    {
      id: 'JP',
      kind: 'state',
      name: 'Japan',
      party: false,
      mentions: [
        { phrase: 'Japan', rule: 'en.entity.country', nth: 1 },
        { phrase: 'Japan', rule: 'en.entity.country', nth: 2 },
      ],
    },
  ],
  officials: [{ name: 'Laura Quiroga', title: 'Minister', party: null, phrase: 'Minister Laura Quiroga', rule: 'en.official.title_name' }],
  dates: [{ value: '2026-02-10', precision: 'day', phrase: 'February 10, 2026', rule: 'en.date.month_day_year' }],
  minerals: [
    { id: 'cobalt', name: 'cobalt', symbol: 'Co', mentions: [{ phrase: 'cobalt', rule: 'en.mineral.lexicon' }] },
    {
      id: 'lithium',
      name: 'lithium',
      symbol: 'Li',
      mentions: [
        { phrase: 'lithium', rule: 'en.mineral.lexicon', nth: 1 },
        { phrase: 'lithium', rule: 'en.mineral.lexicon', nth: 2 },
      ],
    },
  ],
  obligations: [
    { phrase: 'Japan will finance a pilot refinery in Jujuy', modality: 'commitment', actors: ['JP'], trigger: 'will', rule: 'en.obligation.will' },
    {
      phrase: 'Both sides shall exchange geological survey data within 60 days',
      modality: 'binding',
      actors: ['AR', 'JP'],
      trigger: 'shall',
      rule: 'en.obligation.shall',
    },
  ],
  timelines: [],
});

/** The rule set before the change. */
export function oldSpecs(): DocSpec[] {
  return [
    enBase(),
    es(ES_TEXT),
    {
      id: 'notes/copper-visit',
      text: OLD_TEXT,
      lang: 'en',
      relevant: false,
      minerals: [{ id: 'copper', name: 'copper', symbol: 'Cu', mentions: [{ phrase: 'copper', rule: 'en.mineral.lexicon' }] }],
    },
  ];
}

/**
 * After a simulated rule change: cobalt is no longer found; "shall" between "both sides" is read as
 * a commitment by a new rule; Japan becomes a party; the adjective "Japanese" is a new mention; a
 * timeline rule finds "within 60 days"; the Spanish text gained a sentence (offsets move, values
 * do not); the note was dropped from the corpus and a Kenyan document added.
 */
export function newSpecs(): DocSpec[] {
  const en = enBase();
  en.rules = 'rules-v2';
  en.minerals = en.minerals!.filter(m => m.id !== 'cobalt');
  en.obligations![1] = { ...en.obligations![1]!, modality: 'commitment', rule: 'en.obligation.shall_reciprocal' };
  en.entities![1] = { ...en.entities![1]!, party: true, mentions: [...en.entities![1]!.mentions, { phrase: 'Japanese', rule: 'en.entity.demonym' }] };
  en.timelines = [{ kind: 'deadline', amount: 60, unit: 'day', resolved: '2026-04-11', phrase: 'within 60 days', rule: 'en.timeline.within' }];
  const moved = { ...es(ES_TEXT_MOVED), rules: 'rules-v2' };
  const ke: DocSpec = {
    id: 'kenya-eu-graphite',
    text: KE_TEXT,
    lang: 'en',
    rules: 'rules-v2',
    title: 'Kenya and the European Union agree a graphite partnership',
    documentDate: { value: '2026-03-01', phrase: 'date 2026-03-01', rule: 'any.documentDate.header' },
    instruments: [{ type: 'partnership', phrase: 'strategic partnership', rule: 'en.instrument.partnership' }],
    entities: [
      { id: 'EU', kind: 'union', name: 'European Union', party: true, mentions: [{ phrase: 'European Union', rule: 'en.entity.union', nth: 1 }] },
      { id: 'KE', kind: 'state', name: 'Kenya', party: true, mentions: [{ phrase: 'Kenya', rule: 'en.entity.country', nth: 1 }] },
    ],
    minerals: [
      { id: 'graphite', name: 'graphite', symbol: null, mentions: [{ phrase: 'graphite', rule: 'en.mineral.lexicon', nth: 1 }] },
      { id: 'manganese', name: 'manganese', symbol: 'Mn', mentions: [{ phrase: 'manganese', rule: 'en.mineral.lexicon' }] },
    ],
  };
  return [en, moved, ke];
}
