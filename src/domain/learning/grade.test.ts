import { describe, expect, it } from 'vitest';
import { gradeAnswers, progressPerModule, type Completion } from './grade';

const option = (id: string) => ({ id });
const questions = [
  { id: 'bron', options: [option('a'), option('b'), option('c')], answer: 'b' },
  { id: 'knop', options: [option('ja'), option('nee')], answer: 'nee' },
  { id: 'kind', options: [option('jong'), option('oud')], answer: 'jong' },
];

describe('grading check questions', () => {
  it('counts the right answers and says per question which option was right', () => {
    const graded = gradeAnswers(questions, { bron: 'b', knop: 'ja', kind: 'jong' });
    expect(graded).toEqual({
      ok: true,
      score: 2,
      questionCount: 3,
      results: [
        { questionId: 'bron', chosen: 'b', answer: 'b', correct: true },
        { questionId: 'knop', chosen: 'ja', answer: 'nee', correct: false },
        { questionId: 'kind', chosen: 'jong', answer: 'jong', correct: true },
      ],
    });
  });

  it('refuses a submission with a question left open, naming that question', () => {
    const graded = gradeAnswers(questions, { bron: 'b', kind: 'jong' });
    expect(graded).toMatchObject({ ok: false, field: 'answers.knop', code: 'unanswered' });
  });

  it('refuses an option the question does not have', () => {
    const graded = gradeAnswers(questions, { bron: 'd', knop: 'ja', kind: 'jong' });
    expect(graded).toMatchObject({ ok: false, field: 'answers.bron', code: 'unknown_option' });
  });

  it('refuses an answer to a question the module does not ask', () => {
    const graded = gradeAnswers(questions, { bron: 'b', knop: 'ja', kind: 'jong', extra: 'a' });
    expect(graded).toMatchObject({ ok: false, field: 'answers.extra', code: 'unknown_question' });
  });
});

describe('progress per module', () => {
  const done = (moduleId: string, moduleVersion: number, completedOn: string, score: number) =>
    ({ moduleId, moduleVersion, completedOn, score, questionCount: 4 }) satisfies Completion;

  it('shows the latest completion and the best score on the current version', () => {
    const completions = [
      done('kapitalen', 1, '2026-10-01', 4),
      done('kapitalen', 2, '2026-11-01', 2),
      done('kapitalen', 2, '2026-11-20', 3),
    ];
    const [progress] = progressPerModule([{ id: 'kapitalen', version: 2 }], completions);
    expect(progress).toEqual({
      moduleId: 'kapitalen',
      latest: completions[2],
      bestCurrent: completions[2],
      onCurrentVersion: true,
    });
  });

  it('a completion of an older version only is not up to date', () => {
    const old = done('kapitalen', 1, '2026-10-01', 4);
    const [progress] = progressPerModule([{ id: 'kapitalen', version: 2 }], [old]);
    expect(progress).toEqual({
      moduleId: 'kapitalen',
      latest: old,
      bestCurrent: null,
      onCurrentVersion: false,
    });
  });

  it('a module never done has no progress, and other modules do not count', () => {
    const progress = progressPerModule(
      [{ id: 'armoedetypen', version: 1 }],
      [done('kapitalen', 1, '2026-10-01', 4)],
    );
    expect(progress).toEqual([
      { moduleId: 'armoedetypen', latest: null, bestCurrent: null, onCurrentVersion: false },
    ]);
  });
});
