import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildParameterSet, buildRulesData, parseParameterFile, RulesFileError } from './loader';
import { snapshotFor } from './parameters';
import { messages } from '../../content/message-files';

const good = `id: zorgtoeslag.standaardpremie
description: Standaardpremie van de zorgverzekering.
description_en: Standard premium of the health insurance.
unit: eurocent_per_jaar
indexation: yearly
values:
  - valid_from: '2025-01-01'
    value: 211200
    reference: { kind: staatscourant, id: 'Stcrt. 2024, 38887', title: Regeling, url: 'https://example.org/a' }
    verified: { status: unverified, reason: 'niet gelezen, een test', reason_en: 'not read, a test' }
  - valid_from: '2026-01-01'
    value: 211900
    reference: { kind: staatscourant, id: 'Stcrt. 2025, 40022', title: Regeling, url: 'https://example.org/b' }
    verified:
      status: verified
      source: Regeling zorgtoeslag, art. 1
      url: 'https://example.org/b'
      read_on: '2026-11-24'
      by: ontwikkelteam
`;

describe('parameter files', () => {
  it('gives the value that applies on the peildatum', () => {
    const set = buildParameterSet([
      { path: 'rules/parameters/zorgtoeslag/standaardpremie.yaml', text: good },
    ]);
    expect(snapshotFor(set, '2025-12-31').number('zorgtoeslag.standaardpremie')).toBe(211200);
    expect(snapshotFor(set, '2026-01-01').number('zorgtoeslag.standaardpremie')).toBe(211900);
    expect(snapshotFor(set, '2024-12-31').find('zorgtoeslag.standaardpremie')).toBeNull();
  });

  it('names file, line and field of a bad value, in Dutch and English', () => {
    const bad = good.replace('value: 211900', 'value: 2119.5');
    const out = parseParameterFile(bad, 'rules/parameters/zorgtoeslag/standaardpremie.yaml');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const issue = out.issues[0]!;
    expect(issue.file).toBe('rules/parameters/zorgtoeslag/standaardpremie.yaml');
    expect(issue.field).toBe('values.1.value');
    expect(issue.line).toBe(bad.split('\n').findIndex((l) => l.includes('2119.5')) + 1);
    expect(messages.text('nl', issue.message)).toContain('eurocent');
    expect(messages.text('en', issue.message)).toContain('eurocent');
  });

  it('points a missing field at the entry that lacks it', () => {
    const bad = good.replace(
      "    verified: { status: unverified, reason: 'niet gelezen, een test', reason_en: 'not read, a test' }\n  - valid_from: '2026-01-01'",
      "  - valid_from: '2026-01-01'",
    );
    const out = parseParameterFile(bad, 'x.yaml');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues[0]!.field).toBe('values.0.verified');
    // Line 7 is the first entry (after id, two descriptions, unit, indexation and values).
    expect(out.issues[0]!.line).toBe(7);
  });

  it('keeps who checked a value against which source and when', () => {
    const set = buildParameterSet([
      { path: 'rules/parameters/zorgtoeslag/standaardpremie.yaml', text: good },
    ]);
    const [older, newer] = set.parameters['zorgtoeslag.standaardpremie']!.values;
    expect(older!.verification).toEqual({
      status: 'unverified',
      reason: 'niet gelezen, een test',
      reasonEn: 'not read, a test',
    });
    expect(newer!.verification).toEqual({
      status: 'verified',
      source: 'Regeling zorgtoeslag, art. 1',
      url: 'https://example.org/b',
      readOn: '2026-11-24',
      by: 'ontwikkelteam',
    });
  });

  it('refuses a verification without the place of the source, or without a date', () => {
    const noPlace = good.replace(
      "      url: 'https://example.org/b'\n      read_on",
      '      read_on',
    );
    const out = parseParameterFile(noPlace, 'x.yaml');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.issues[0]!.field).toBe('values.1.verified');
      expect(messages.text('nl', out.issues[0]!.message)).toContain('repository_path');
    }
    const noDate = good.replace("      read_on: '2026-11-24'\n", '');
    const out2 = parseParameterFile(noDate, 'x.yaml');
    expect(out2.ok).toBe(false);
    if (!out2.ok) expect(out2.issues[0]!.field).toBe('values.1.verified.read_on');
  });

  it('refuses a parameter without its English description, naming file and field', () => {
    const file = 'rules/parameters/zorgtoeslag/standaardpremie.yaml';
    const out = parseParameterFile(good.replace(/^description_en: .*\n/m, ''), file);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues[0]).toMatchObject({ file, field: 'description_en' });
    expect(messages.text('en', out.issues[0]!.message)).toBe('This field is required.');
    const kept = buildParameterSet([{ path: file, text: good }]);
    expect(kept.parameters['zorgtoeslag.standaardpremie']).toMatchObject({
      description: 'Standaardpremie van de zorgverzekering.',
      descriptionEn: 'Standard premium of the health insurance.',
    });
  });

  it('refuses an unverified value without its reason in English, naming the field', () => {
    const out = parseParameterFile(good.replace(", reason_en: 'not read, a test'", ''), 'x.yaml');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues[0]!.field).toBe('values.0.verified.reason_en');
    expect(messages.text('en', out.issues[0]!.message)).toContain('reason_en');
    expect(messages.text('nl', out.issues[0]!.message)).toContain('reason_en');
  });

  it('requires every parameter to say how it is indexed', () => {
    const out = parseParameterFile(good.replace('indexation: yearly\n', ''), 'x.yaml');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]!.field).toBe('indexation');
    const wrong = parseParameterFile(
      good.replace('indexation: yearly', 'indexation: monthly'),
      'x.yaml',
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(messages.text('nl', wrong.issues[0]!.message)).toContain('half-yearly');
  });

  it('rejects values that are not in date order', () => {
    const bad = good.replace("valid_from: '2026-01-01'", "valid_from: '2024-01-01'");
    const out = parseParameterFile(bad, 'x.yaml');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues[0]!.field).toBe('values.1.valid_from');
    expect(out.issues[0]!.line).toBe(
      bad.split('\n').findIndex((l) => l.includes('2024-01-01')) + 1,
    );
  });

  it('reports broken YAML with its line', () => {
    const out = parseParameterFile('id: a.b\nvalues: [\n', 'broken.yaml');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]!.line).toBeGreaterThan(0);
  });

  it('loads nothing when one file of many is wrong, and lists every problem', () => {
    const wrongPlace = { path: 'rules/parameters/huurtoeslag/standaardpremie.yaml', text: good };
    const broken = { path: 'rules/parameters/a/b.yaml', text: 'id: a.b\n' };
    try {
      buildRulesData({ parameters: [wrongPlace, broken], gemeenten: [], funds: [], register });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RulesFileError);
      const files = (e as RulesFileError).issues.map((i) => i.file);
      expect(files).toContain(wrongPlace.path);
      expect(files).toContain(broken.path);
    }
  });

  it('refuses a gemeente whose code is not in the register', () => {
    const file = readFileSync(
      path.resolve(import.meta.dirname, '../../../rules/gemeenten/voorbeeldgemeente.yaml'),
      'utf8',
    );
    const text = file
      .replace('code: GM9999', 'code: GM0001')
      .replace('example: true', 'example: false');
    try {
      buildRulesData({
        parameters: [],
        gemeenten: [{ path: 'x.yaml', text }],
        funds: [],
        register,
      });
      expect.unreachable();
    } catch (e) {
      const issue = (e as RulesFileError).issues.find((i) => i.field === 'code');
      expect(messages.text('en', issue!.message)).toContain('GM0001 is not in the register');
    }
  });

  it('requires the fields of a real gemeente', () => {
    const text = `code: GM0001\nname: Echte gemeente\nexample: false\nvalid_from: '2026-01-01'\n`;
    try {
      buildRulesData({
        parameters: [],
        gemeenten: [{ path: 'rules/gemeenten/x.yaml', text }],
        funds: [],
        register,
      });
      expect.unreachable();
    } catch (e) {
      const fields = (e as RulesFileError).issues.map((i) => i.field);
      expect(fields).toContain('social_minimum_basis');
    }
  });
});

/** A small valid register: 300 made-up codes (the schema asks for at least 300). */
const register = {
  path: 'rules/register/gemeenten.yaml',
  text: [
    "source: { title: 'Testregister', url: 'https://example.org/r', read_on: '2026-01-01' }",
    "valid_on: '2026-01-01'",
    'gemeenten:',
    ...Array.from(
      { length: 300 },
      (_, i) => `  - { code: GM${String(i + 1000)}, name: 'Gemeente ${i}' }`,
    ),
  ].join('\n'),
};
