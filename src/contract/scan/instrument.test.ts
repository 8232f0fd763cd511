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

  it('has its own English text for every question and level, not a copy of the Dutch', () => {
    if (!result.ok) throw new Error('invalid');
    const aspects = [
      ...result.instrument.capitals.flatMap((c) => c.aspects),
      ...result.instrument.childPart.aspects,
    ];
    for (const aspect of aspects) {
      expect(aspect.questionEn, aspect.id).not.toBe(aspect.question);
      for (const level of aspect.levels)
        expect(level.descriptionEn, `${aspect.id} ${level.score}`).not.toBe(level.description);
    }
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

  it('requires every English text, naming the field and its line', () => {
    const data = rawFile();
    delete data.intro_en;
    delete data.scale[4].label_en;
    data.capitals[0].title_en = '';
    delete data.capitals[0].aspects[1].question_en;
    data.capitals[2].aspects[0].levels[3].description_en = '   ';
    delete data.child_part.intro_en;
    delete data.child_part.aspects[0].levels[0].description_en;
    data.risk_factors[0].points_to[0].why_en = '';
    delete data.risk_factors[1].explanation_en;
    delete data.protective_factors[2].explanation_en;
    const errors = errorsOf(data);
    expect(errors.map((e) => e.field).sort()).toEqual(
      [
        'intro_en',
        'scale.4.label_en',
        'capitals.0.title_en',
        'capitals.0.aspects.1.question_en',
        'capitals.2.aspects.0.levels.3.description_en',
        'child_part.intro_en',
        'child_part.aspects.0.levels.0.description_en',
        'risk_factors.0.points_to.0.why_en',
        'risk_factors.1.explanation_en',
        'protective_factors.2.explanation_en',
      ].sort(),
    );
    for (const error of errors) {
      expect(error.messages.nl, error.field).toBe('Dit veld is verplicht.');
      // A missing top-level field is reported at the top of the file, the others further down.
      if (error.field === 'intro_en') expect(error.line).toBe(1);
      else expect(error.line, error.field).toBeGreaterThan(1);
    }
    // An empty text is reported on its own line; a missing one on the item it belongs to.
    const lines = stringify(data).split('\n');
    const empty = errors.find((e) => e.field === 'capitals.2.aspects.0.levels.3.description_en');
    expect(lines[(empty?.line ?? 0) - 1]).toContain('description_en');
    const missing = errors.find((e) => e.field === 'capitals.0.aspects.1.question_en');
    expect(lines[(missing?.line ?? 0) - 1]).toContain(data.capitals[0].aspects[1].id);
  });

  it("rejects an English 'why' question and an English question without a question mark", () => {
    const data = rawFile();
    data.capitals[4].aspects[0].question_en = 'Why do you have so much stress?';
    data.child_part.aspects[0].question_en = 'How is school going.';
    const errors = errorsOf(data);
    expect(errors.map((e) => e.field)).toEqual([
      'capitals.4.aspects.0.question_en',
      'child_part.aspects.0.question_en',
    ]);
    expect(errors[0]?.messages.nl).toContain('waarom');
    expect(errors[1]?.messages.en).toBe('A question ends with a question mark.');
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
    expect(meedoen?.questionEn).toMatch(/^Does the child take part in sport/);
    expect(parsed.titleEn).toBe('Kapitaalscan');
    expect(parsed.introEn).toMatch(/^With this scan we look at your situation together\./);
    expect(parsed.scale[0]).toEqual({
      score: 1,
      label: 'Hier is nu veel zorg',
      labelEn: 'There is a lot of worry here now',
    });
    const economisch = parsed.capitals[0]!;
    expect(economisch.titleEn).toBe('Money and work');
    expect(economisch.aspects[0]?.levels[0]?.descriptionEn).toMatch(/^Almost every month/);
    expect(parsed.childPart.titleEn).toBe('How is each child doing?');
    expect(taal?.explanationEn).toMatch(/^Letters, forms and rules/);
    expect(taal?.pointsTo[0]?.whyEn).toMatch(/^A language that is still new/);
    expect(parsed.protectiveFactors[0]?.explanationEn).toMatch(/^Family, friends or neighbours/);
  });
});
