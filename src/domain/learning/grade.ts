import { message, type Message } from '../message';

// Checking a professional's answers to the check questions of a learning module, and summing up
// their own completions into progress per module. Pure: the module and the completions come in.

/** What grading needs of a check question: its id, its option ids and the right one. */
export interface GradableQuestion {
  id: string;
  options: readonly { id: string }[];
  answer: string;
}

export interface QuestionResult {
  questionId: string;
  chosen: string;
  answer: string;
  correct: boolean;
}

export type GradeResult =
  | { ok: true; score: number; questionCount: number; results: QuestionResult[] }
  | { ok: false; field: string; code: string; message: Message };

/**
 * Grades one answer per question. Every question must be answered with one of its own options,
 * and the answers may name no other question: a half or mistyped submission is refused whole.
 */
export function gradeAnswers(
  questions: readonly GradableQuestion[],
  answers: Readonly<Record<string, string>>,
): GradeResult {
  const known = new Set(questions.map((q) => q.id));
  const stray = Object.keys(answers).find((id) => !known.has(id));
  if (stray !== undefined)
    return refuse(`answers.${stray}`, 'unknown_question', 'leren.problem.unknownQuestion');
  const results: QuestionResult[] = [];
  for (const question of questions) {
    const chosen = answers[question.id];
    if (chosen === undefined)
      return refuse(`answers.${question.id}`, 'unanswered', 'leren.problem.unanswered');
    if (!question.options.some((o) => o.id === chosen))
      return refuse(`answers.${question.id}`, 'unknown_option', 'leren.problem.unknownOption');
    results.push({
      questionId: question.id,
      chosen,
      answer: question.answer,
      correct: chosen === question.answer,
    });
  }
  const score = results.filter((r) => r.correct).length;
  return { ok: true, score, questionCount: questions.length, results };
}

function refuse(field: string, code: string, key: string): GradeResult {
  return { ok: false, field, code, message: message(key) };
}

/** One stored completion: module, the content version answered, the day and the score. */
export interface Completion {
  moduleId: string;
  moduleVersion: number;
  /** ISO date (YYYY-MM-DD), the Dutch calendar day of completion. */
  completedOn: string;
  score: number;
  questionCount: number;
}

export interface ModuleProgress {
  moduleId: string;
  /** The most recent completion, any version. */
  latest: Completion | null;
  /** Best score on the current version, as completed on that version. */
  bestCurrent: Completion | null;
  /** Completed at least once on the module's current version. */
  onCurrentVersion: boolean;
}

/** Per module, in the order given: the latest completion and the best one on the current version. */
export function progressPerModule(
  modules: readonly { id: string; version: number }[],
  completions: readonly Completion[],
): ModuleProgress[] {
  return modules.map((module) => {
    const own = completions.filter((c) => c.moduleId === module.id);
    const latest = own.reduce<Completion | null>(
      (last, c) => (last === null || c.completedOn >= last.completedOn ? c : last),
      null,
    );
    const current = own.filter((c) => c.moduleVersion === module.version);
    const bestCurrent = current.reduce<Completion | null>(
      (best, c) => (best === null || c.score > best.score ? c : best),
      null,
    );
    return { moduleId: module.id, latest, bestCurrent, onCurrentVersion: bestCurrent !== null };
  });
}
