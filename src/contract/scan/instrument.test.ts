import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CAPITALS } from '../../domain/assessment/types';
import { instrumentFileSchema } from './instrument';
import { parseInstrumentYaml } from './instrument-file';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const fileText = readFileSync(root('content/scan/kapitaalscan-v1.yaml'), 'utf8');
const vocab = parse(readFileSync(root('content/vocabularies.yaml'), 'utf8')) as {
  life_events: { id: string }[];
  target_groups: { id: string }[];
};
const vocabularies = {
  lifeEvents: vocab.life_events.map((e) => e.id),
  targetGroups: vocab.target_groups.map((g) => g.id),
};

/** A fresh copy of the real file as plain data, to break in one place per test. */
// Untyped on purpose: each test reaches into the file to break one thing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawFile = Record<string, any>;
function rawFile(): RawFile {
  return parse(fileText) as RawFile;
}

function errorsOf(data: unknown) {
  const result = parseInstrumentYaml(stringify(data), vocabularies);
  if (result.ok) throw new Error('expected the instrument to be rejected');
  return result.errors;
}

describe('the kapitaalscan v1 file', () => {
  const result = parseInstrumentYaml(fileText, vocabularies);

  it('is valid against the schema and the vocabularies', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has every capital with 3 to 5 aspects and a child part with the four child aspects', () => {
    if (!result.ok) throw new Error('invalid');
    const { instrument } = result;
    expect(instrument.capitals.map((c) => c.capital)).toEqual([...CAPITALS]);
    for (const section of instrument.capitals) {
      expect(section.aspects.length).toBeGreaterThanOrEqual(3);
      expect(section.aspects.length).toBeLessThanOrEqual(5);
    }
    expect(instrument.childPart.aspects.map((a) => a.id)).toEqual([
      'kind.school',
      'kind.meedoen',
      'kind.welbevinden',
      'kind.veilige-volwassene',
    ]);
  });

  it('asks the pedagogisch aspects only when there are children', () => {
    if (!result.ok) throw new Error('invalid');
    const pedagogisch = result.instrument.capitals.find((c) => c.capital === 'pedagogisch');
    expect(pedagogisch?.aspects.every((a) => a.appliesWhen?.hasChildren === true)).toBe(true);
  });

  it('has the household risk factors the issue names, each pointing to a type or explained', () => {
    if (!result.ok) throw new Error('invalid');
    const ids = result.instrument.riskFactors.map((f) => f.id);
    for (const id of [
      'eenoudergezin',
      'scheiding-of-overlijden',
      'tienerouder',
      'laag-opgeleid',
      'moeite-met-taal',
      'migratieachtergrond',
      'langdurige-ziekte',
      'schulden',
      'inkomen-onder-120',
    ])
      expect(ids).toContain(id);
    const pointed = new Set(
      result.instrument.riskFactors.flatMap((f) => f.pointsTo.map((p) => p.type)),
    );
    expect([...pointed].sort()).toEqual(['generatie', 'migratie', 'situationeel']);
  });
});

describe('instrument rules', () => {
  it('rejects a level list that is not exactly 1 to 5, naming the field and line', () => {
    const data = rawFile();
    data.capitals[0].aspects[0].levels[2].score = 4;
    const errors = errorsOf(data);
    expect(errors).toContainEqual(
      expect.objectContaining({ field: 'capitals.0.aspects.0.levels.2.score' }),
    );
    expect(errors[0]?.line).toBeGreaterThan(1);
    expect(errors[0]?.messages.nl).toContain('score 3');

    const short = rawFile();
    short.capitals[1].aspects[0].levels.pop();
    expect(errorsOf(short)).toContainEqual(
      expect.objectContaining({ field: 'capitals.1.aspects.0.levels' }),
    );
  });

  it('rejects a duplicate aspect id and an id with the wrong capital prefix', () => {
    const data = rawFile();
    data.capitals[0].aspects[1].id = data.capitals[0].aspects[0].id;
    data.capitals[1].aspects[0].id = 'economisch.vrienden';
    const fields = errorsOf(data).map((e) => e.field);
    expect(fields).toContain('capitals.0.aspects.1.id');
    expect(fields).toContain('capitals.1.aspects.0.id');
  });

  it("rejects a 'waarom' question", () => {
    const data = rawFile();
    data.capitals[4].aspects[0].question = 'Waarom heeft u zoveel stress?';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('capitals.4.aspects.0.question');
    expect(errors[0]?.messages.en).toContain('why');
  });

  it('rejects a missing capital and a capital with too few aspects', () => {
    const data = rawFile();
    data.capitals = data.capitals.filter((c: { capital: string }) => c.capital !== 'mentaal');
    data.capitals[0].aspects = data.capitals[0].aspects.slice(0, 2);
    const errors = errorsOf(data);
    expect(errors.map((e) => e.messages.nl)).toContain("Kapitaal 'mentaal' ontbreekt.");
    expect(errors.map((e) => e.field)).toContain('capitals.0.aspects');
  });

  it('rejects references that do not resolve', () => {
    const data = rawFile();
    const taal = data.risk_factors.find((f: { id: string }) => f.id === 'moeite-met-taal');
    taal.points_to[0].only_with = ['bestaat-niet'];
    taal.inferred_from.aspect = 'cultureel.bestaat-niet';
    taal.target_groups = ['marsbewoners'];
    const fields = errorsOf(data).map((e) => e.field);
    const i = data.risk_factors.indexOf(taal);
    expect(fields).toEqual(
      expect.arrayContaining([
        `risk_factors.${i}.points_to.0.only_with.0`,
        `risk_factors.${i}.inferred_from.aspect`,
        `risk_factors.${i}.target_groups.0`,
      ]),
    );
  });

  it('rejects an unknown key on its own line, and a child-age condition in the household part', () => {
    const data = rawFile();
    data.capitals[2].aspects[0].hint = 'extra';
    data.capitals[3].aspects[0].applies_when = { child_age: { min: 0, max: 4 } };
    const errors = errorsOf(data);
    const unknown = errors.find((e) => e.field === 'capitals.2.aspects.0.hint');
    expect(unknown?.messages.nl).toBe('Dit veld is onbekend.');
    const lines = stringify(data).split('\n');
    expect(lines[(unknown?.line ?? 0) - 1]).toContain('hint: extra');
    expect(errors.map((e) => e.field)).toContain('capitals.3.aspects.0.applies_when.child_age');
  });

  it('reports a YAML syntax error with its line', () => {
    const result = parseInstrumentYaml('id: kapitaalscan\nversion: [1\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe('yaml_syntax');
    expect(result.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('turns snake_case file fields into the domain shape', () => {
    const parsed = instrumentFileSchema().parse(rawFile());
    const taal = parsed.riskFactors.find((f) => f.id === 'moeite-met-taal');
    expect(taal?.inferredFrom).toEqual({ aspect: 'cultureel.taal', atMost: 2 });
    expect(taal?.pointsTo[0]?.onlyWith).toEqual(['migratieachtergrond']);
    const meedoen = parsed.childPart.aspects.find((a) => a.id === 'kind.meedoen');
    expect(meedoen?.appliesWhen).toEqual({ childAge: { min: 4, max: 18 } });
    expect(meedoen?.titleEn).toBe('Taking part in sport and culture');
  });
});
