import type { Content } from '../../content/read-content';
import type { LearningModule } from '../../contract/content';
import type {
  LearningModuleDetail,
  LearningModuleSummary,
  ModuleProgressView,
} from '../../contract/learning';
import type { CompletionRow } from '../../db/learning/learning-completions.repository';
import { progressPerModule, type Completion, type ModuleProgress } from '../../domain/learning';

// The modules of content/learning as the API shows them: the check questions without their
// answers, the links with the names and titles of what they open, and the reader's own progress.

export const completionOf = (row: CompletionRow): Completion => ({
  moduleId: row.moduleId,
  moduleVersion: row.moduleVersion,
  completedOn: row.completedOn,
  score: row.score,
  questionCount: row.questionCount,
});

const summaryOf = (c: Completion | null) =>
  c && {
    moduleVersion: c.moduleVersion,
    completedOn: c.completedOn,
    score: c.score,
    questionCount: c.questionCount,
  };

function progressView(progress: ModuleProgress): ModuleProgressView {
  return {
    latest: summaryOf(progress.latest),
    bestCurrent: summaryOf(progress.bestCurrent),
    onCurrentVersion: progress.onCurrentVersion,
  };
}

/** Progress per module id, from the reader's own completion rows. */
export function progressById(
  modules: readonly LearningModule[],
  rows: readonly CompletionRow[],
): Map<string, ModuleProgressView> {
  const progress = progressPerModule(modules, rows.map(completionOf));
  return new Map(progress.map((p) => [p.moduleId, progressView(p)]));
}

export function moduleSummary(
  module: LearningModule,
  progress: ModuleProgressView,
): LearningModuleSummary {
  return {
    id: module.id,
    version: module.version,
    title: module.title,
    summary: module.summary,
    minutes: module.minutes,
    questionCount: module.questions.length,
    progress,
  };
}

export function moduleDetail(
  module: LearningModule,
  progress: ModuleProgressView,
  content: Content,
): LearningModuleDetail {
  const names = new Map(content.interventions.map((i) => [i.id, i.name]));
  const decks = new Map(content.decks.map((d) => [d.id, d]));
  return {
    ...moduleSummary(module, progress),
    sections: module.sections,
    questions: module.questions.map((q) => ({
      id: q.id,
      question: q.question,
      options: q.options,
    })),
    // The reader checked every id against the catalogue and the decks.
    interventions: module.interventions.map((id) => ({ id, name: names.get(id) ?? id })),
    cards: module.cards.map((link) => {
      const deck = decks.get(link.deck);
      const card = deck?.cards.find((c) => c.id === link.card);
      return {
        deckId: link.deck,
        deckTitle: deck?.title ?? { nl: link.deck, en: link.deck },
        card: card ? { id: card.id, front: card.front } : null,
      };
    }),
  };
}
