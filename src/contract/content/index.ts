// Zod schemas and types for the content files in content/ (see content/README.md).
export { normaliseTerm, type SourceRef } from './common';
export {
  vocabulariesSchema,
  vocabIds,
  type Vocabularies,
  type VocabularyEntry,
  type VocabularyName,
} from './vocabularies';
export {
  interventionSchema,
  SUMMARY_MAX_LENGTH,
  DESCRIPTION_PARAGRAPHS,
  type CatalogueIntervention,
} from './intervention';
export {
  capitalsFileSchema,
  signalTypes,
  interactionKinds,
  type Capital,
  type CapitalInteraction,
  type CapitalSignal,
  type CapitalsFile,
} from './capital';
export { synonymsSchema, type Synonyms, type SynonymGroup } from './synonyms';
export {
  matchingBlockSchema,
  itemFitFromContent,
  ASPECT_ID,
  type MatchingBlock,
} from './matching';
export {
  deckSchema,
  cardTypes,
  deckKinds,
  CARD_TEXT_MAX,
  type CardType,
  type Deck,
  type DeckCard,
  type DeckCategory,
  type DeckKind,
} from './cards';
export {
  lifeEventSchema,
  lifeEventWhatIfs,
  LIFE_EVENT_TEXT_MAX,
  LIFE_EVENT_ITEM_ID_MAX,
  type LifeEvent,
  type LifeEventStep,
  type LifeEventWhatIf,
} from './life-events';
export {
  signalChecklistSchema,
  signalSettings,
  SIGNAL_TEXT_MAX,
  type SignalChecklist,
  type SignalSetting,
} from './signal-checklists';
export {
  learningModuleSchema,
  LEARNING_QUESTIONS,
  type LearningModule,
  type LearningQuestion,
  type LearningCardLink,
} from './learning';
export {
  policyOptionSchema,
  POLICY_TEXT_MAX,
  type PolicyOption,
} from './policy-options';
export {
  quickscanSchema,
  learningModulePath,
  QUICKSCAN_ID,
  QUICKSCAN_LEARNING_MODULE_IDS,
  QUICKSCAN_STATEMENTS,
  type LearningModuleId,
  type Quickscan,
  type QuickscanPart,
} from './quickscan';
