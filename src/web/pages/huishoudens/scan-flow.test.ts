import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInstrumentYaml } from '../../../contract/scan';
import { profile, type ScanAnswers } from '../../../domain/assessment';
import {
  answeredCount,
  answerOf,
  firstOpenScreen,
  scanScreens,
  setAnswer,
  withChildren,
  type AspectScreen,
} from './scan-flow';
import { textIn } from './instrument-text';

const loaded = parseInstrumentYaml(
  readFileSync(
    fileURLToPath(new URL('../../../../content/scan/kapitaalscan-v1.yaml', import.meta.url)),
    'utf8',
  ),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const instrument = loaded.instrument;
const householdAspects = instrument.capitals.flatMap((c) => c.aspects);

const empty = (refs: string[] = []): ScanAnswers => ({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  aspects: {},
  children: refs.map((childRef) => ({ childRef, aspects: {} })),
  riskFactors: [],
  protectiveFactors: [],
});
const aspectScreens = (screens: ReturnType<typeof scanScreens>) =>
  screens.filter((s): s is AspectScreen => s.kind === 'aspect');

describe('scanScreens', () => {
  it('carries the section title in both languages, and textIn picks the one for the language', () => {
    const screens = aspectScreens(
      scanScreens(instrument, [{ ref: 'oudste', birthYear: 2016 }], '2026-11-24'),
    );
    const first = screens[0]!;
    expect(textIn('nl', first, 'sectionTitle')).toBe('Geld en werk');
    expect(textIn('en', first, 'sectionTitle')).toBe('Money and work');
    expect(textIn('en', first.aspect, 'question')).toBe(first.aspect.questionEn);
    expect(textIn('nl', first.aspect.levels[0]!, 'description')).toMatch(/^Het geld is/);
    const child = screens.find((s) => s.child)!;
    expect(textIn('en', child, 'sectionTitle')).toBe('How is each child doing?');
  });

  it('asks the parenting aspects only when there are children, and ends with the factors', () => {
    const alone = scanScreens(instrument, [], '2026-11-24');
    expect(alone.some((s) => s.key.startsWith('pedagogisch.'))).toBe(false);
    expect(alone.map((s) => s.kind).slice(-2)).toEqual(['risk', 'protective']);
    const withKid = scanScreens(instrument, [{ ref: 'oudste', birthYear: 2016 }], '2026-11-24');
    expect(withKid.filter((s) => s.key.startsWith('pedagogisch.')).length).toBe(
      householdAspects.filter((a) => a.capital === 'pedagogisch').length,
    );
  });

  it('asks each child only the aspects that fit its age on the peildatum', () => {
    const screens = scanScreens(
      instrument,
      [
        { ref: 'baby', birthYear: 2026 },
        { ref: 'peuter', birthYear: 2023 },
        { ref: 'schoolkind', birthYear: 2016 },
      ],
      '2026-11-24',
    );
    const forChild = (ref: string) =>
      aspectScreens(screens)
        .filter((s) => s.child?.ref === ref)
        .map((s) => s.aspect.id);
    // School from age 2, sport and culture from age 4.
    expect(forChild('baby')).not.toContain('kind.school');
    expect(forChild('peuter')).toContain('kind.school');
    expect(forChild('peuter')).not.toContain('kind.meedoen');
    expect(forChild('schoolkind')).toEqual(expect.arrayContaining(['kind.school', 'kind.meedoen']));
    const peuter = aspectScreens(screens).find((s) => s.child?.ref === 'peuter');
    expect(peuter?.child).toEqual({ ref: 'peuter', index: 1, age: 3 });
    expect(new Set(screens.map((s) => s.key)).size).toBe(screens.length);
  });

  it('counts an expected child (born after the peildatum) as age 0 instead of failing', () => {
    const screens = scanScreens(instrument, [{ ref: 'op-komst', birthYear: 2027 }], '2026-11-24');
    expect(aspectScreens(screens).find((s) => s.child)?.child?.age).toBe(0);
  });
});

describe('answers', () => {
  const screens = scanScreens(instrument, [{ ref: 'kind-a', birthYear: 2016 }], '2026-11-24');
  const first = aspectScreens(screens)[0]!;
  const childScreen = aspectScreens(screens).find((s) => s.child)!;

  it('keeps both ratings and the strength, and the profile counts the household rating', () => {
    const answers = setAnswer(empty(['kind-a']), first, {
      householdScore: 2,
      professionalScore: 3,
      strength: 'Ze houdt een schrift bij.',
      wantsToWorkOn: true,
    });
    expect(answerOf(answers, first)).toEqual({
      householdScore: 2,
      professionalScore: 3,
      strength: 'Ze houdt een schrift bij.',
      wantsToWorkOn: true,
    });
    const p = profile(instrument, answers);
    const aspect = p.capitals.flatMap((c) => c.aspects).find((a) => a.aspectId === first.key);
    expect(aspect).toMatchObject({ score: 2, countedFrom: 'household', ratingsDiffer: true });
  });

  it('removes an answer that was cleared, so a skipped screen stays open', () => {
    let answers = setAnswer(empty(), first, { householdScore: 4, wantsToWorkOn: false });
    expect(firstOpenScreen(screens, answers)).toBe(1);
    answers = setAnswer(answers, first, { strength: '   ', wantsToWorkOn: false });
    expect(answers.aspects).toEqual({});
    expect(firstOpenScreen(screens, answers)).toBe(0);
  });

  it('stores a child answer with the child, adding the child when the scan lacks it', () => {
    const answers = setAnswer(empty(), childScreen, { householdScore: 3, wantsToWorkOn: false });
    expect(answers.aspects).toEqual({});
    expect(answers.children).toEqual([
      {
        childRef: 'kind-a',
        aspects: { [childScreen.aspect.id]: { householdScore: 3, wantsToWorkOn: false } },
      },
    ]);
    expect(answeredCount(screens, answers)).toBe(1);
  });

  it('continues a draft at the first open question, or at the factors when all are answered', () => {
    let answers = empty(['kind-a']);
    for (const s of aspectScreens(screens))
      answers = setAnswer(answers, s, { householdScore: 3, wantsToWorkOn: false });
    expect(screens[firstOpenScreen(screens, answers)]?.kind).toBe('risk');
  });

  it('adds missing children without touching the ones already answered', () => {
    const answers = setAnswer(
      empty(['a']),
      { ...childScreen, child: { ref: 'a', index: 0, age: 10 } },
      {
        householdScore: 5,
        wantsToWorkOn: false,
      },
    );
    const more = withChildren(answers, [
      { ref: 'a', birthYear: 2016 },
      { ref: 'b', birthYear: 2020 },
    ]);
    expect(more.children.map((c) => c.childRef)).toEqual(['a', 'b']);
    expect(more.children[0]).toBe(answers.children[0]);
    expect(withChildren(more, [{ ref: 'b', birthYear: 2020 }])).toBe(more);
  });
});
