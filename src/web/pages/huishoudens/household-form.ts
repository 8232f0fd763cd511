import type { createHouseholdBody } from '../../../contract/households';
import type { WorkStatus } from '../../../domain/matching/fit';
import type { z } from 'zod';

// The 'Nieuw huishouden' form as the page keeps it (text, as typed) and how it becomes the API's
// body. Field names are the API's field paths, so a message from the server lands on its field.

/** `workStatus` '' = not filled in. */
export type AdultRow = { birthYear: string; workStatus: WorkStatus | '' };
export type ChildRow = { ref: string; birthYear: string };

export type HouseholdForm = {
  reference: string;
  label: string;
  startDate: string;
  adults: AdultRow[];
  children: ChildRow[];
  /** CBS code of one of the organisation's gemeenten. */
  gemeente: string;
  wijk: string;
  /** Languages spoken at home, separated by commas. */
  languages: string;
  interpreterNeeded: boolean;
  /** Life event id → year as typed ('' = not known). */
  lifeEvents: Record<string, string>;
  /** Only sent when it can be true: one adult and no children. */
  livesAlone: boolean;
  statushouder: boolean;
};

/** Whether 'woont alleen' applies to the household as the form has it. */
export function canLiveAlone(form: Pick<HouseholdForm, 'adults' | 'children'>): boolean {
  return form.adults.length === 1 && form.children.length === 0;
}

export type CreateHouseholdBody = z.input<typeof createHouseholdBody>;

export function emptyHouseholdForm(today: string, gemeenten: { code: string }[]): HouseholdForm {
  return {
    reference: '',
    label: '',
    startDate: today,
    adults: [{ birthYear: '', workStatus: '' }],
    children: [],
    gemeente: gemeenten.length === 1 ? gemeenten[0]!.code : '',
    wijk: '',
    languages: '',
    interpreterNeeded: false,
    lifeEvents: {},
    livesAlone: false,
    statushouder: false,
  };
}

/** The form filled with a household's current details, for changing them. */
export function formFromHousehold(h: {
  reference: string;
  label: string;
  startDate: string;
  data: {
    adults: { birthYear?: number; workStatus?: WorkStatus }[];
    children: { ref: string; birthYear: number }[];
    gemeente: { code: string };
    wijk: string | null;
    languages: string[];
    interpreterNeeded: boolean;
    lifeEvents: { id: string; year?: number }[];
    livesAlone?: boolean;
    statushouder?: boolean;
  };
}): HouseholdForm {
  return {
    reference: h.reference,
    label: h.label,
    startDate: h.startDate,
    adults: h.data.adults.map((a) => ({
      birthYear: a.birthYear ? String(a.birthYear) : '',
      workStatus: a.workStatus ?? '',
    })),
    children: h.data.children.map((c) => ({ ref: c.ref, birthYear: String(c.birthYear) })),
    gemeente: h.data.gemeente.code,
    wijk: h.data.wijk ?? '',
    languages: h.data.languages.join(', '),
    interpreterNeeded: h.data.interpreterNeeded,
    lifeEvents: Object.fromEntries(
      h.data.lifeEvents.map((e) => [e.id, e.year ? String(e.year) : '']),
    ),
    livesAlone: h.data.livesAlone === true,
    statushouder: h.data.statushouder === true,
  };
}

/** Field → i18n key of the problem. */
export type FormProblems = Record<string, string>;

const YEAR = /^\d{4}$/;

/** 'nl, Arabisch ;tigrinya' → ['nl', 'Arabisch', 'tigrinya'] (no empty parts, no doubles). */
export function splitLanguages(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;]/)) {
    const v = part.trim();
    if (v && !seen.has(v.toLowerCase())) {
      seen.add(v.toLowerCase());
      out.push(v);
    }
  }
  return out;
}

/**
 * The body for POST /api/v1/households, or the problems the page can see itself: empty required
 * fields and years that are not a year. Everything else (a BSN, a year in the future) the server
 * checks and names.
 */
export function buildHouseholdBody(
  form: HouseholdForm,
  gemeenten: { code: string; name: string }[],
): { ok: true; body: CreateHouseholdBody } | { ok: false; problems: FormProblems } {
  const problems: FormProblems = {};
  const required = (field: string, value: string) => {
    if (value.trim() === '') problems[field] = 'huishoudens.form.errors.required';
  };
  const year = (field: string, value: string, optional: boolean): number | undefined => {
    const v = value.trim();
    if (v === '') {
      if (!optional) problems[field] = 'huishoudens.form.errors.yearRequired';
      return undefined;
    }
    if (!YEAR.test(v)) {
      problems[field] = 'huishoudens.form.errors.year';
      return undefined;
    }
    return Number(v);
  };

  required('reference', form.reference);
  required('label', form.label);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.startDate))
    problems.startDate = 'huishoudens.form.errors.date';
  const adults = form.adults.map((a, i) => {
    const y = year(`data.adults.${i}.birthYear`, a.birthYear, true);
    return {
      ...(y === undefined ? {} : { birthYear: y }),
      ...(a.workStatus ? { workStatus: a.workStatus } : {}),
    };
  });
  if (adults.length === 0) problems['data.adults'] = 'huishoudens.form.errors.oneAdult';
  const children = form.children.map((c, i) => {
    required(`data.children.${i}.ref`, c.ref);
    return {
      ref: c.ref.trim(),
      birthYear: year(`data.children.${i}.birthYear`, c.birthYear, false) ?? 0,
    };
  });
  const refs = new Set<string>();
  form.children.forEach((c, i) => {
    const ref = c.ref.trim().toLowerCase();
    if (ref && refs.has(ref))
      problems[`data.children.${i}.ref`] = 'huishoudens.form.errors.sameRef';
    refs.add(ref);
  });
  const gemeente = gemeenten.find((g) => g.code === form.gemeente);
  if (!gemeente) problems['data.gemeente'] = 'huishoudens.form.errors.gemeente';
  const lifeEvents = Object.entries(form.lifeEvents).map(([id, y], i) => {
    const value = year(`data.lifeEvents.${i}.year`, y, true);
    return value === undefined ? { id } : { id, year: value };
  });

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      reference: form.reference.trim(),
      label: form.label.trim(),
      startDate: form.startDate,
      data: {
        adults,
        children,
        gemeente: { code: gemeente!.code, name: gemeente!.name },
        wijk: form.wijk.trim() || null,
        languages: splitLanguages(form.languages),
        interpreterNeeded: form.interpreterNeeded,
        lifeEvents,
        ...(form.livesAlone && canLiveAlone(form) ? { livesAlone: true } : {}),
        ...(form.statushouder ? { statushouder: true } : {}),
      },
    },
  };
}
