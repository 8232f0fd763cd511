import type { PovertyTypeIndication } from '../../domain/assessment';
import type { InterventionMatch, MatchReason, MatchResult } from '../../domain/matching';
import type { Message } from '../../domain/message';
import { catalogue } from '../messages/catalogue';
import type { Bilingual } from '../problem';

// The answer carries each engine sentence in Dutch and English (clients show the reader's
// language); the domain names them as catalogue messages and they are worded here (ADR 0006).

const words = (m: Message): Bilingual => catalogue().bilingual(m);
const sentence = (m: Message): Bilingual => catalogue().sentence(m);

export function wordIndication(p: PovertyTypeIndication) {
  return {
    ...p,
    summary: words(p.summary),
    reasons: p.reasons.map(({ message, ...reason }) => ({ ...reason, ...words(message) })),
  };
}

function wordReason({ message, ...reason }: MatchReason) {
  return { ...reason, ...words(message) };
}

function wordMatch<T extends InterventionMatch>(m: T) {
  return { ...m, reasons: m.reasons.map(wordReason), summary: sentence(m.summary) };
}

export function wordMatches(result: MatchResult) {
  return {
    ...result,
    matches: result.matches.map(wordMatch),
    practiceExamples: result.practiceExamples.map(wordMatch),
    combinations: result.combinations.map((c) => ({
      ...c,
      reason: { ...wordReason(c.reason), ...sentence(c.reason.message) },
    })),
    needs: result.needs.map((n) => ({ ...n, reasons: n.reasons.map(wordReason) })),
  };
}
