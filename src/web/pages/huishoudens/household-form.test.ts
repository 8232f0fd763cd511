import { describe, expect, it } from 'vitest';
import { createHouseholdBody } from '../../../contract/households';
import { buildHouseholdBody, emptyHouseholdForm, splitLanguages } from './household-form';

const gemeenten = [
  { code: 'GM0202', name: 'Arnhem' },
  { code: 'GM0193', name: 'Zwolle' },
];

describe('buildHouseholdBody', () => {
  it('sends living alone only for one adult without children, and statushouder when ticked', () => {
    const base = {
      ...emptyHouseholdForm('2026-11-24', gemeenten),
      reference: 'K-1',
      label: 'A.',
      gemeente: 'GM0193',
      livesAlone: true,
      statushouder: true,
    };
    const alone = buildHouseholdBody(base, gemeenten);
    expect(alone.ok && alone.body.data).toMatchObject({ livesAlone: true, statushouder: true });
    const withChild = buildHouseholdBody(
      { ...base, children: [{ ref: 'k', birthYear: '2020' }] },
      gemeenten,
    );
    expect(withChild.ok && 'livesAlone' in withChild.body.data).toBe(false);
    const unticked = buildHouseholdBody(
      { ...base, livesAlone: false, statushouder: false },
      gemeenten,
    );
    expect(unticked.ok && unticked.body.data).not.toHaveProperty('statushouder');
    expect(unticked.ok && unticked.body.data).not.toHaveProperty('livesAlone');
  });

  it('turns a filled-in form into a body the API accepts', () => {
    const form = {
      ...emptyHouseholdForm('2026-11-24', gemeenten),
      reference: ' K-17 ',
      label: 'Fam. K.',
      adults: [
        { birthYear: '1990', workStatus: 'werkt' as const },
        { birthYear: '', workStatus: '' as const },
      ],
      children: [{ ref: 'oudste', birthYear: '2016' }],
      gemeente: 'GM0202',
      wijk: 'Presikhaaf',
      languages: 'Nederlands, Arabisch;arabisch',
      interpreterNeeded: true,
      lifeEvents: { scheiding: '2025', verhuizing: '' },
    };
    const result = buildHouseholdBody(form, gemeenten);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toEqual({
      reference: 'K-17',
      label: 'Fam. K.',
      startDate: '2026-11-24',
      data: {
        adults: [{ birthYear: 1990, workStatus: 'werkt' }, {}],
        children: [{ ref: 'oudste', birthYear: 2016 }],
        gemeente: { code: 'GM0202', name: 'Arnhem' },
        wijk: 'Presikhaaf',
        languages: ['Nederlands', 'Arabisch'],
        interpreterNeeded: true,
        lifeEvents: [{ id: 'scheiding', year: 2025 }, { id: 'verhuizing' }],
      },
    });
    expect(createHouseholdBody.safeParse(result.body).success).toBe(true);
  });

  it('names every field the page can check itself, with the API’s field names', () => {
    const result = buildHouseholdBody(
      {
        ...emptyHouseholdForm('2026-11-24', gemeenten),
        adults: [{ birthYear: '90', workStatus: '' }],
        children: [
          { ref: 'kind', birthYear: '' },
          { ref: 'Kind', birthYear: '2020' },
        ],
        lifeEvents: { scheiding: 'vorig jaar' },
      },
      gemeenten,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        reference: 'huishoudens.form.errors.required',
        label: 'huishoudens.form.errors.required',
        'data.adults.0.birthYear': 'huishoudens.form.errors.year',
        'data.children.0.birthYear': 'huishoudens.form.errors.yearRequired',
        'data.children.1.ref': 'huishoudens.form.errors.sameRef',
        'data.gemeente': 'huishoudens.form.errors.gemeente',
        'data.lifeEvents.0.year': 'huishoudens.form.errors.year',
      },
    });
  });

  it('chooses the gemeente when the organisation works in one only', () => {
    expect(emptyHouseholdForm('2026-11-24', [gemeenten[0]!]).gemeente).toBe('GM0202');
    expect(emptyHouseholdForm('2026-11-24', gemeenten).gemeente).toBe('');
  });
});

describe('splitLanguages', () => {
  it('splits on commas and semicolons and drops empty parts', () => {
    expect(splitLanguages(' , Pools;; Turks ,')).toEqual(['Pools', 'Turks']);
  });
});
