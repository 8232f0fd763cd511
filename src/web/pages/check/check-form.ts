import type { childcareTypes, incomeKinds, otherAdultRelations } from '../../../domain/benefits';
import {
  parseEuroToCents,
  validateHousehold,
  type HouseholdInput,
  type SchemeId,
} from '../../../domain/benefits';
import { ageOn } from '../../../domain/benefits/dates';
import type { Message } from '../../../domain/message';

// The answers of the resident check as the form keeps them (text, as typed), and how they become
// the engine's household. Field names are the engine's field paths wherever there is one, so a
// message from the engine lands on the field the resident filled in.

export type IncomeKind = (typeof incomeKinds)[number];
export type ChildcareType = (typeof childcareTypes)[number];
export type Relation = (typeof otherAdultRelations)[number];
export type YesNo = '' | 'ja' | 'nee';

export type AdultAnswers = {
  age: string;
  incomeKind: '' | IncomeKind;
  net: string;
  gross: string;
  worksOrStudies: boolean;
};

export type ChildAnswers = {
  year: string;
  month: string;
  childcare: '' | ChildcareType;
  hours: string;
  rate: string;
};

export type OtherAdultAnswers = { age: string; relation: Relation };

export type CheckAnswers = {
  /** CBS code of the gemeente, from the register; '' before one is chosen. */
  gemeente: string;
  applicant: AdultAnswers;
  hasPartner: YesNo;
  partner: AdultAnswers;
  children: ChildAnswers[];
  otherAdults: OtherAdultAnswers[];
  /** Low income for at least the gemeente's reference period (individuele inkomenstoeslag). */
  lowIncomeLong: '' | 'ja' | 'nee' | 'weet-niet';
  assets: string;
  homeType: '' | 'huur' | 'koop' | 'geen';
  rent: string;
  serviceCosts: string;
  independent: 'ja' | 'nee';
  homeEquity: string;
  fixedCosts: string;
  alreadyReceives: SchemeId[];
};

const emptyAdult = (): AdultAnswers => ({
  age: '',
  incomeKind: '',
  net: '',
  gross: '',
  worksOrStudies: false,
});

export const emptyChild = (): ChildAnswers => ({
  year: '',
  month: '',
  childcare: '',
  hours: '',
  rate: '',
});

export const emptyOtherAdult = (): OtherAdultAnswers => ({ age: '', relation: 'kind' });

export function emptyAnswers(): CheckAnswers {
  return {
    gemeente: '',
    applicant: emptyAdult(),
    hasPartner: '',
    partner: emptyAdult(),
    children: [],
    otherAdults: [],
    lowIncomeLong: '',
    assets: '',
    homeType: '',
    rent: '',
    serviceCosts: '',
    independent: 'ja',
    homeEquity: '',
    fixedCosts: '',
    alreadyReceives: [],
  };
}

export const stepIds = [
  'gemeente',
  'people',
  'others',
  'income',
  'savings',
  'home',
  'childcare',
  'received',
] as const;
export type StepId = (typeof stepIds)[number];

/** Children up to 12 can go to childcare; only then is the childcare step asked. */
const CHILDCARE_MAX_AGE = 12;

export function childcareChildren(a: CheckAnswers, peildatum: string): number[] {
  const out: number[] = [];
  a.children.forEach((c, i) => {
    const date = childBirthDate(c);
    if (date && date <= peildatum && ageOn(date, peildatum) <= CHILDCARE_MAX_AGE) out.push(i);
  });
  return out;
}

/** The steps this household gets, in order. */
export function activeSteps(a: CheckAnswers, peildatum: string): StepId[] {
  return stepIds.filter((s) => s !== 'childcare' || childcareChildren(a, peildatum).length > 0);
}

/** Which step asks for a field (engine path or form field). */
export function stepOf(field: string): StepId {
  if (field === 'gemeente') return 'gemeente';
  if (field === 'hasPartner' || /^(applicant|partner)\.birthDate$/.test(field)) return 'people';
  if (/^children\.\d+\.childcare/.test(field) || /\.worksOrStudies$/.test(field))
    return 'childcare';
  if (/^(children|otherAdults)\./.test(field)) return 'others';
  if (
    /^(applicant|partner)\.(incomeKind|netMonthlyIncomeCents|grossMonthlyIncomeCents|grossYearlyIncomeCents)$/.test(
      field,
    ) ||
    field === 'lowIncomeSinceMonths'
  )
    return 'income';
  if (field === 'assetsCents') return 'savings';
  if (field.startsWith('home') || field === 'fixedCostsMonthlyCents') return 'home';
  if (field.startsWith('alreadyReceives')) return 'received';
  return 'people';
}

/** A problem with one field: a catalogue message, of this page or of the engine. */
export type FormIssue = { field: string } & Message;

export type BuildResult = {
  input: HouseholdInput;
  issues: FormIssue[];
  /** Things we assumed because they were not filled in (shown under 'not checked'). */
  assumptions: ('grossUnknown' | 'partnerGrossUnknown' | 'fixedCostsUnknown')[];
};

function childBirthDate(c: ChildAnswers): string | null {
  if (!/^\d{4}$/.test(c.year.trim())) return null;
  const m = Number(c.month);
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  return `${c.year.trim()}-${String(m).padStart(2, '0')}-01`;
}

/** The birth date of someone who turns `age` on the peildatum (29 February becomes the 28th). */
export function birthDateForAge(age: number, peildatum: string): string {
  const year = Number(peildatum.slice(0, 4)) - age;
  const monthDay = peildatum.slice(5) === '02-29' ? '02-28' : peildatum.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

function parseAge(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n <= 120 ? n : null;
}

/** Reads typed answers into engine values; every unreadable or missing answer adds an issue. */
type Reader = ReturnType<typeof answerReader>;
type Assumptions = BuildResult['assumptions'];

function answerReader(peildatum: string, issues: FormIssue[]) {
  const issue = (field: string, key: string) => {
    issues.push({ field, key });
  };

  const money = (field: string, text: string, required: boolean): number | undefined => {
    if (text.trim() === '') {
      if (required) issue(field, 'check.errors.amountRequired');
      return undefined;
    }
    const cents = parseEuroToCents(text);
    if (cents === null) {
      issue(field, 'check.errors.amount');
      return undefined;
    }
    return cents;
  };

  const age = (field: string, text: string): string => {
    if (text.trim() === '') {
      issue(field, 'check.errors.ageRequired');
      return birthDateForAge(30, peildatum);
    }
    const n = parseAge(text);
    if (n === null) {
      issue(field, 'check.errors.age');
      return birthDateForAge(30, peildatum);
    }
    return birthDateForAge(n, peildatum);
  };

  return { peildatum, issue, money, age };
}

function readAdult(
  r: Reader,
  who: 'applicant' | 'partner',
  x: AdultAnswers,
  assumptions: Assumptions,
) {
  const birthDate = r.age(`${who}.birthDate`, x.age);
  if (x.incomeKind === '') r.issue(`${who}.incomeKind`, 'check.errors.choose');
  const net = r.money(`${who}.netMonthlyIncomeCents`, x.net, true) ?? 0;
  let gross = r.money(`${who}.grossMonthlyIncomeCents`, x.gross, false);
  if (gross === undefined && x.gross.trim() === '') {
    // Without the gross amount we count with the net amount: toeslagen may come out too high.
    gross = Math.max(net, 0);
    if (net > 0) assumptions.push(who === 'applicant' ? 'grossUnknown' : 'partnerGrossUnknown');
  }
  return {
    birthDate,
    incomeKind: x.incomeKind || 'geen',
    netMonthlyIncomeCents: net,
    grossMonthlyIncomeCents: gross ?? Math.max(net, 0),
    worksOrStudies: x.worksOrStudies,
  };
}

function readChild(r: Reader, c: ChildAnswers, i: number) {
  const field = `children.${i}.birthDate`;
  let birthDate = childBirthDate(c);
  if (!/^\d{4}$/.test(c.year.trim())) r.issue(field, 'check.errors.year');
  else if (!birthDate) r.issue(`children.${i}.birthMonth`, 'check.errors.month');
  birthDate ??= `${r.peildatum.slice(0, 4)}-01-01`;
  let childcare:
    { type: ChildcareType; hoursPerMonth: number; hourlyRateCents: number } | undefined;
  if (c.childcare !== '') {
    const hoursField = `children.${i}.childcare.hoursPerMonth`;
    const hours = c.hours.trim() === '' ? null : Number(c.hours.trim());
    if (hours === null) r.issue(hoursField, 'check.errors.hoursRequired');
    else if (!Number.isInteger(hours)) r.issue(hoursField, 'check.errors.hours');
    const rate = r.money(`children.${i}.childcare.hourlyRateCents`, c.rate, true);
    childcare = {
      type: c.childcare,
      hoursPerMonth: hours !== null && Number.isInteger(hours) ? hours : 0,
      hourlyRateCents: rate ?? 0,
    };
  }
  return { birthDate, ...(childcare ? { childcare } : {}) };
}

function readHome(r: Reader, a: CheckAnswers): HouseholdInput['home'] {
  if (a.homeType === '') r.issue('home.type', 'check.errors.choose');
  const home: HouseholdInput['home'] = { type: a.homeType || 'geen' };
  if (a.homeType === 'huur') {
    const rent = r.money('home.rentMonthlyCents', a.rent, false);
    const service = r.money('home.serviceCostsMonthlyCents', a.serviceCosts, false);
    if (rent !== undefined) home.rentMonthlyCents = rent;
    if (service !== undefined) home.serviceCostsMonthlyCents = service;
    home.independent = a.independent === 'ja';
  }
  if (a.homeType === 'koop') {
    const equity = r.money('home.homeEquityCents', a.homeEquity, false);
    if (equity !== undefined) home.homeEquityCents = equity;
  }
  return home;
}

function lowIncomeMonths(a: CheckAnswers, referencePeriodMonths: number | undefined) {
  if (a.lowIncomeLong === 'ja') return referencePeriodMonths ?? 36;
  if (a.lowIncomeLong === 'nee') return 0;
  return undefined;
}

/**
 * Turns the answers into the engine's input, with the page's own problems (missing or unreadable
 * answers). Missing answers get a neutral value in the input, so the engine can still check the
 * rest; the engine's findings are added by `checkAnswers`. The issues come in the order of the form.
 */
export function buildHousehold(
  a: CheckAnswers,
  peildatum: string,
  options: { referencePeriodMonths?: number | undefined } = {},
): BuildResult {
  const issues: FormIssue[] = [];
  const assumptions: Assumptions = [];
  const r = answerReader(peildatum, issues);

  if (a.gemeente === '') r.issue('gemeente', 'check.errors.gemeente');
  const applicant = readAdult(r, 'applicant', a.applicant, assumptions);
  if (a.hasPartner === '') r.issue('hasPartner', 'check.errors.choose');
  const partner = a.hasPartner === 'ja' ? readAdult(r, 'partner', a.partner, assumptions) : null;
  const children = a.children.map((c, i) => readChild(r, c, i));
  const otherAdults = a.otherAdults.map((o, i) => ({
    birthDate: r.age(`otherAdults.${i}.birthDate`, o.age),
    relation: o.relation,
  }));
  const lowIncomeSinceMonths = lowIncomeMonths(a, options.referencePeriodMonths);
  const assetsCents = r.money('assetsCents', a.assets, true) ?? 0;
  const home = readHome(r, a);
  const fixedCosts = r.money('fixedCostsMonthlyCents', a.fixedCosts, false);
  if (a.fixedCosts.trim() === '') assumptions.push('fixedCostsUnknown');

  const input: HouseholdInput = {
    gemeente: a.gemeente,
    applicant,
    partner,
    children,
    otherAdults,
    home,
    assetsCents,
    alreadyReceives: a.alreadyReceives,
    ...(fixedCosts !== undefined ? { fixedCostsMonthlyCents: fixedCosts } : {}),
    ...(lowIncomeSinceMonths !== undefined ? { lowIncomeSinceMonths } : {}),
  };
  return { input, issues, assumptions };
}

export type CheckedAnswers =
  | { ok: true; input: HouseholdInput; assumptions: BuildResult['assumptions'] }
  | { ok: false; issues: FormIssue[] };

/**
 * The page's checks plus the engine's: every problem, each on the field it is about. With `step`
 * only the problems of that step count (later steps are not filled in yet).
 */
export function checkAnswers(
  a: CheckAnswers,
  peildatum: string,
  options: { referencePeriodMonths?: number | undefined; step?: StepId } = {},
): CheckedAnswers {
  const built = buildHousehold(a, peildatum, options);
  const engine = validateHousehold(built.input, peildatum);
  const seen = new Set(built.issues.map((i) => i.field));
  const issues: FormIssue[] = [...built.issues];
  if (!engine.ok)
    for (const i of engine.issues)
      if (!seen.has(i.field)) issues.push({ field: i.field, ...i.message });
  const relevant = options.step ? issues.filter((i) => stepOf(i.field) === options.step) : issues;
  if (relevant.length > 0) return { ok: false, issues: relevant };
  return { ok: true, input: built.input, assumptions: built.assumptions };
}
