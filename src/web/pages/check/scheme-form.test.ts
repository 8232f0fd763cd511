import { describe, expect, it } from 'vitest';
import {
  configuredScheme,
  confirmValues,
  defaultRules,
  gemeenteConfigSchema,
  municipalSchemeIds,
  type GemeenteConfig,
} from '../../../domain/benefits';
import { diffConfigs, displayValue, fromForm, templateFor, toForm } from './scheme-form';

const example = defaultRules().municipal.configs.GM9999!;
const { source: _unused, ...withoutSource } = structuredClone(example);
const arnhem: GemeenteConfig = { ...withoutSource, code: 'GM0202', name: 'Arnhem', example: false };
for (const id of municipalSchemeIds)
  configuredScheme(arnhem, id)!.source = {
    title: `Beleidsregels ${id}`,
    url: `https://lokaleregelgeving.overheid.nl/${id}`,
  };

describe('the beheer form', () => {
  it('gives back exactly the configuration it was filled with', () => {
    const parsed = fromForm('GM0202', toForm(arnhem));
    expect(parsed).toEqual({ ok: true, config: arnhem, confirmed: [] });
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
    form.values['schemes.kwijtschelding.source.url'] = '';
    expect(fromForm('GM0202', form)).toEqual({
      ok: false,
      errors: {
        'config.schemes.kwijtschelding.source.url': 'check.beheer.errors.required',
        'config.schemes.meedoenregeling.amount_per_child_per_year': 'check.beheer.errors.euro',
        'config.schemes.meedoenregeling.child_max_age': 'check.beheer.errors.whole',
        'config.schemes.bijzondere-bijstand.how_to_apply': 'check.beheer.errors.required',
      },
    });
  });

  it('leaves optional fields out when empty and marks unchecked funds as not active', () => {
    const form = toForm(arnhem);
    form.values['schemes.kwijtschelding.url'] = '';
    form.funds = ['leergeld'];
    const parsed = fromForm('GM0202', form);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(configuredScheme(parsed.config, 'kwijtschelding')).not.toHaveProperty('url');
    expect(parsed.config.funds).toMatchObject({ leergeld: true, voedselbank: false });
  });

  it('starts a new gemeente with no figures: every scheme says to ask the gemeente', () => {
    const t = templateFor('GM0193', 'Zwolle');
    expect(t).toMatchObject({ code: 'GM0193', name: 'Zwolle', example: false });
    for (const id of municipalSchemeIds) expect(t.schemes[id]).toEqual({ status: 'vraag-na' });
    const form = toForm(t);
    expect(Object.values(form.status)).toEqual(Array(5).fill('vraag-na'));
    expect(form.values['schemes.kwijtschelding.income_limit_pct']).toBe('');
  });

  it('sends a scheme set to "ask" without figures, and the other ones with their source', () => {
    const form = toForm(arnhem);
    form.status.kwijtschelding = 'vraag-na';
    const parsed = fromForm('GM0202', form);
    if (!parsed.ok) throw new Error('not ok');
    expect(parsed.config.schemes.kwijtschelding).toEqual({ status: 'vraag-na' });
    expect(configuredScheme(parsed.config, 'meedoenregeling')!.source).toEqual({
      title: 'Beleidsregels meedoenregeling',
      url: 'https://lokaleregelgeving.overheid.nl/meedoenregeling',
    });
  });

  it('keeps the check record of figures nobody changed, and confirms the changed ones anew', () => {
    const checked = confirmValues(
      arnhem,
      ['schemes.kwijtschelding.cost_norm_pct', 'schemes.kwijtschelding.income_limit_pct'],
      'Onderzoeker',
      '2026-12-01',
    );
    const form = toForm(checked);
    expect(form.checked).toEqual([
      'schemes.kwijtschelding.cost_norm_pct',
      'schemes.kwijtschelding.income_limit_pct',
    ]);
    form.values['schemes.kwijtschelding.income_limit_pct'] = '110';
    form.confirmed = ['schemes.kwijtschelding.income_limit_pct'];
    const parsed = fromForm('GM0202', form);
    if (!parsed.ok) throw new Error('not ok');
    expect(parsed.confirmed).toEqual(['schemes.kwijtschelding.income_limit_pct']);
    expect(Object.keys(configuredScheme(parsed.config, 'kwijtschelding')!.verified!)).toEqual([
      'cost_norm_pct',
    ]);
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
