import { describe, expect, it } from 'vitest';
import { receivingTeamRefusal } from './partner-teams';

const targets = [
  { teamId: 'wijkteam-oost', gemeenteCodes: ['GM0202'] },
  { teamId: 'team-dalfsen', gemeenteCodes: ['GM0148', 'GM0193'] },
];

describe('who may receive a household', () => {
  it('lets a listed team receive a household living where its organisation works', () => {
    expect(receivingTeamRefusal(targets, 'wijkteam-oost', 'GM0202')).toBeNull();
    expect(receivingTeamRefusal(targets, 'team-dalfsen', 'GM0193')).toBeNull();
  });
  it('refuses a team that is not listed for the sending organisation', () => {
    expect(receivingTeamRefusal(targets, 'team-elders', 'GM0202')).toBe('unknown_team');
  });
  it('refuses a household in a gemeente the team’s organisation does not work in', () => {
    expect(receivingTeamRefusal(targets, 'wijkteam-oost', 'GM0193')).toBe('wrong_gemeente');
  });
});
