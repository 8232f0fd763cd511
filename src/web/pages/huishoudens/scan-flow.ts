import { ageFromBirthYear, aspectsForChild } from '../../../domain/assessment';
import type {
  AspectAnswer,
  Instrument,
  InstrumentAspect,
  ScanAnswers,
} from '../../../domain/assessment';

// The 'samen invullen' flow: which screens a household gets, in which order, and how an answer on
// one screen changes the scan. One aspect per screen; the household part first, then each child,
// then the risk and protective factors. Pure, so the order and the age rules are tested.

export type ChildInfo = { ref: string; birthYear: number };

export type AspectScreen = {
  kind: 'aspect';
  /** Unique per screen: the aspect id, or `<childRef>:<aspect id>` in the child part. */
  key: string;
  aspect: InstrumentAspect;
  /** Title of the capital section, or of the child part, in Dutch and English. */
  sectionTitle: string;
  sectionTitleEn: string;
  child?: { ref: string; index: number; age: number };
};

export type ScanScreen =
  AspectScreen | { kind: 'risk'; key: 'risk' } | { kind: 'protective'; key: 'protective' };

/** Age in whole years, or 0 for a birth year after the peildatum (an expected child). */
function childAge(birthYear: number, peildatum: string): number {
  try {
    return ageFromBirthYear(birthYear, peildatum);
  } catch {
    return 0;
  }
}

/** The screens of a scan for this household, in order. */
export function scanScreens(
  instrument: Instrument,
  children: readonly ChildInfo[],
  peildatum: string,
): ScanScreen[] {
  const screens: ScanScreen[] = [];
  for (const section of instrument.capitals)
    for (const aspect of section.aspects) {
      if (aspect.appliesWhen?.hasChildren && children.length === 0) continue;
      screens.push({
        kind: 'aspect',
        key: aspect.id,
        aspect,
        sectionTitle: section.title,
        sectionTitleEn: section.titleEn,
      });
    }
  children.forEach((child, index) => {
    const age = childAge(child.birthYear, peildatum);
    for (const aspect of aspectsForChild(instrument, age))
      screens.push({
        kind: 'aspect',
        key: `${child.ref}:${aspect.id}`,
        aspect,
        sectionTitle: instrument.childPart.title,
        sectionTitleEn: instrument.childPart.titleEn,
        child: { ref: child.ref, index, age },
      });
  });
  screens.push({ kind: 'risk', key: 'risk' }, { kind: 'protective', key: 'protective' });
  return screens;
}

/** Adds an empty entry for every child of the household that the scan does not have yet. */
export function withChildren(answers: ScanAnswers, children: readonly ChildInfo[]): ScanAnswers {
  const known = new Set(answers.children.map((c) => c.childRef));
  const missing = children.filter((c) => !known.has(c.ref));
  if (missing.length === 0) return answers;
  return {
    ...answers,
    children: [...answers.children, ...missing.map((c) => ({ childRef: c.ref, aspects: {} }))],
  };
}

export function answerOf(answers: ScanAnswers, screen: AspectScreen): AspectAnswer | undefined {
  if (!screen.child) return answers.aspects[screen.aspect.id];
  return answers.children.find((c) => c.childRef === screen.child!.ref)?.aspects[screen.aspect.id];
}

/** Nothing filled in: not stored, so a skipped screen stays 'not answered'. */
export function isEmptyAnswer(a: AspectAnswer | undefined): boolean {
  return (
    a === undefined ||
    (a.householdScore === undefined &&
      a.professionalScore === undefined &&
      (a.strength ?? '').trim() === '' &&
      !a.wantsToWorkOn)
  );
}

function put(
  aspects: Readonly<Record<string, AspectAnswer>>,
  id: string,
  answer: AspectAnswer,
): Record<string, AspectAnswer> {
  const next = { ...aspects };
  if (isEmptyAnswer(answer)) delete next[id];
  else {
    const clean: AspectAnswer = { wantsToWorkOn: answer.wantsToWorkOn };
    if (answer.householdScore !== undefined) clean.householdScore = answer.householdScore;
    if (answer.professionalScore !== undefined) clean.professionalScore = answer.professionalScore;
    if ((answer.strength ?? '').trim() !== '') clean.strength = answer.strength;
    next[id] = clean;
  }
  return next;
}

/** The scan with this screen's answer changed (an empty answer removes it). */
export function setAnswer(
  answers: ScanAnswers,
  screen: AspectScreen,
  answer: AspectAnswer,
): ScanAnswers {
  if (!screen.child) return { ...answers, aspects: put(answers.aspects, screen.aspect.id, answer) };
  const ref = screen.child.ref;
  const withChild = withChildren(answers, [{ ref, birthYear: 0 }]);
  return {
    ...withChild,
    children: withChild.children.map((c) =>
      c.childRef === ref ? { ...c, aspects: put(c.aspects, screen.aspect.id, answer) } : c,
    ),
  };
}

export function isAnswered(answers: ScanAnswers, screen: ScanScreen): boolean {
  if (screen.kind === 'risk') return answers.riskFactors.length > 0;
  if (screen.kind === 'protective') return answers.protectiveFactors.length > 0;
  return !isEmptyAnswer(answerOf(answers, screen));
}

/** Where to go on when a draft is opened again: the first aspect screen without an answer. */
export function firstOpenScreen(screens: readonly ScanScreen[], answers: ScanAnswers): number {
  const open = screens.findIndex((s) => s.kind === 'aspect' && !isAnswered(answers, s));
  if (open >= 0) return open;
  const factors = screens.findIndex((s) => s.kind !== 'aspect');
  return factors >= 0 ? factors : 0;
}

export function answeredCount(screens: readonly ScanScreen[], answers: ScanAnswers): number {
  return screens.filter((s) => s.kind === 'aspect' && isAnswered(answers, s)).length;
}

/** Both ratings are given and they differ: worth talking about. */
export function ratingsDiffer(a: AspectAnswer | undefined): boolean {
  return (
    a?.householdScore !== undefined &&
    a.professionalScore !== undefined &&
    a.householdScore !== a.professionalScore
  );
}
