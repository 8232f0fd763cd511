import { whyNot, type SchemeResult } from '../domain/benefits';
import type { Message } from '../domain/message';
import { catalogue, type Language } from './messages/catalogue';
import { formulaText } from './formula-text';
import { whyNotText } from './why-not';

// The engine's result words every text as a catalogue message (ADR 0006); the calculation API
// answers in the reader's language, like the resident's page does.

/** One scheme's result with its labels, notes, questions and why-not worded in `language`. */
export function wordedScheme(s: SchemeResult, language: Language) {
  const words = catalogue();
  const say = (m: Message) => words.text(language, m);
  const englishName = `check.schemeNames.${s.scheme}`;
  return {
    ...s,
    // The engine's name is the Dutch one. In English a scheme is named by its catalogue twin
    // ('Healthcare allowance (zorgtoeslag)'); a fund keeps its official name ('Stichting Leergeld').
    name: language === 'en' && words.has(englishName) ? say({ key: englishName }) : s.name,
    conditions: s.conditions.map((c) => ({ ...c, label: say(c.label) })),
    steps: s.steps.map((step) => ({
      ...step,
      label: say(step.label),
      formula: formulaText(step.formula, language),
    })),
    whyNot: whyNot(s).map((w) => ({
      conditionId: w.conditionId,
      text: whyNotText(s, w, language),
    })),
    toAsk: s.toAsk.map(say),
    howToApply: s.howToApply && say(s.howToApply),
    via: s.via && say(s.via),
    notes: s.notes.map(say),
    parameters: s.parameters.map((p) => ({
      ...p,
      verified: say(p.verified),
      stale: p.stale && {
        ...p.stale,
        message: words.bilingual(p.stale.message),
        text: say(p.stale.message),
      },
    })),
  };
}
