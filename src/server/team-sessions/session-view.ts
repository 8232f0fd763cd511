import type { Deck } from '../../contract/content';
import type { TeamSessionView } from '../../contract/team-sessions';
import type {
  SessionAnswer,
  SessionMember,
  TeamSessionRow,
} from '../../db/team-sessions/team-sessions.repository';
import { codeIsValid, pointsFor, sessionPhase } from '../../domain/cards/team-session';

export type SessionParts = {
  row: TeamSessionRow;
  teamName: string;
  deck: Deck;
  members: SessionMember[];
  /** All answers once revealed; before that only the reader's own. */
  answers: SessionAnswer[];
  readerId: string;
  now: Date;
};

/** What one member sees: others' answers and the back of the card only once revealed. */
export function sessionView(parts: SessionParts): TeamSessionView {
  const { row, deck, readerId, now } = parts;
  const phase = sessionPhase(row, now);
  const card = deck.cards.find((c) => c.id === row.cardId);
  const revealed = phase === 'revealed';
  const onTheBack = card?.capitals ?? [];
  const starter = parts.members.find((m) => m.userId === row.startedBy);
  const mine = parts.answers.find((a) => a.userId === readerId);
  return {
    id: row.id,
    team: { id: row.teamId, name: parts.teamName },
    deck: { id: deck.id, title: deck.title },
    card: {
      id: row.cardId,
      front: card?.front ?? { nl: '', en: '' },
      back: revealed ? (card?.back ?? null) : null,
      capitals: revealed ? onTheBack : null,
    },
    phase,
    code: codeIsValid(row, now) ? row.code : null,
    codeExpiresAt: row.codeExpiresAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    startedBy: { id: row.startedBy, name: starter?.name ?? null },
    isStarter: row.startedBy === readerId,
    pointsEnabled: row.pointsEnabled,
    members: parts.members,
    myAnswer:
      phase !== 'closed' && mine ? { capitals: mine.capitals, reasoning: mine.reasoning } : null,
    answers: revealed
      ? parts.answers.map((a) => ({
          ...a,
          points: row.pointsEnabled ? pointsFor(a.capitals, onTheBack) : null,
        }))
      : null,
    teamNote: row.teamNote,
  };
}
