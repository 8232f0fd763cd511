import { describe, expect, it } from 'vitest';
import {
  configuredScheme,
  defaultRules,
  gemeenteConfigSchema,
  type GemeenteConfig,
} from '../../../domain/benefits';
import { diffConfigs, displayValue, fromForm, templateFor, toForm } from './scheme-form';

const example = defaultRules().municipal.configs.GM9999!;
const arnhem: GemeenteConfig = {
  ...structuredClone(example),
  code: 'GM0202',
  name: 'Arnhem',
  example: false,
  source: {
    kind: 'gemeente',
    id: 'CVDR000000',
    title: 'Beleidsregels minimaregelingen',
    url: 'https://lokaleregelgeving.overheid.nl/CVDR000000',
  },
};

describe('the beheer form', () => {
  it('gives back exactly the configuration it was filled with', () => {
    const parsed = fromForm('GM0202', toForm(arnhem));
    expect(parsed).toEqual({ ok: true, config: arnhem });
    if (parsed.ok) expect(gemeenteConfigSchema.safeParse(parsed.config).success).toBe(true);
  });

  it('reads amounts in euros and percentages with a decimal comma', () => {
    const form = toForm(arnhem);
    form.values['schemes.kwijtschelding.assessment_per_year'] = '512,75';
    form.values['schemes.kwijtschelding.income_limit_pct'] = '102,5';
    form.values['schemes.kwijtschelding.asset_limit:mode'] = 'bedrag';
    form.values['schemes.kwijtschelding.asset_limit'] = '2.500';
    const parsed = fromForm('GM0202', form);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config.schemes.kwijtschelding).toMatchObject({
      assessment_per_year: 51275,
      income_limit_pct: 102.5,
      asset_limit: 250000,
    });
  });

  it('names every field it cannot read, as the API names it', () => {
    const form = toForm(arnhem);
    form.values['schemes.meedoenregeling.amount_per_child_per_year'] = 'veel';
    form.values['schemes.meedoenregeling.child_max_age'] = '17,5';
    form.values['schemes.bijzondere-bijstand.how_to_apply'] = '  ';
    expect(fromForm('GM0202', form)).toEqual({
      ok: false,
      errors: {
        'config.schemes.meedoenregeling.amount_per_child_per_year': 'check.beheer.errors.euro',
        'config.schemes.meedoenregeling.child_max_age': 'check.beheer.errors.whole',
        'config.schemes.bijzondere-bijstand.how_to_apply': 'check.beheer.errors.required',
      },
    });
  });

  it('leaves optional fields out when empty and marks unchecked funds as not active', () => {
    const form = toForm(arnhem);
    form.values['source.article'] = '';
    form.funds = ['leergeld'];
    const parsed = fromForm('GM0202', form);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config.source).not.toHaveProperty('article');
    expect(parsed.config.funds).toMatchObject({ leergeld: true, voedselbank: false });
  });

  it('starts a new gemeente from the example numbers, without a source', () => {
    const t = templateFor('GM0193', 'Zwolle');
    expect(t).toMatchObject({ code: 'GM0193', name: 'Zwolle', example: false });
    expect(t.source).toBeUndefined();
    expect(t.schemes).toEqual(example.schemes);
  });
});

describe('the history of changes', () => {
  it('lists the fields that changed between two versions', () => {
    const after = structuredClone(arnhem);
    configuredScheme(after, 'kwijtschelding')!.enabled = false;
    configuredScheme(after, 'meedoenregeling')!.amount_per_child_per_year = 40000;
    after.funds.voedselbank = false;
    expect(diffConfigs(arnhem, after)).toEqual([
      { path: 'schemes.kwijtschelding.enabled', before: true, after: false },
      { path: 'schemes.meedoenregeling.amount_per_child_per_year', before: 35000, after: 40000 },
      { path: 'funds.voedselbank', before: true, after: false },
    ]);
    expect(diffConfigs(arnhem, structuredClone(arnhem))).toEqual([]);
  });

  it('shows values the way the form does', () => {
    const words = { yes: 'ja', no: 'nee' };
    expect(displayValue('schemes.meedoenregeling.amount_per_child_per_year', 35000, words)).toBe(
      '€ 350,00',
    );
    expect(displayValue('schemes.kwijtschelding.income_limit_pct', 102.5, words)).toBe('102,5%');
    expect(displayValue('schemes.kwijtschelding.enabled', false, words)).toBe('nee');
    expect(displayValue('source.article', undefined, words)).toBe('—');
  });
});
