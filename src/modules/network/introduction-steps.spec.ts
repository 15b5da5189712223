import { describeSteps, STEP_VERBS } from './introduction-steps';
import { NETWORK_RELATIONSHIP_TYPES } from './network-kinds';

describe('describeSteps', () => {
  const names: Record<string, string> = { c: 'Coordinator A', s: 'Sato', o: 'A1 Foods', k: 'Kato', n: 'Drying need' };
  const label = (id: string) => names[id];

  it('reads each edge in its stored direction, whatever way the path walks it', () => {
    expect(
      describeSteps(
        [
          { source: 'n', type: 'OF_COMPANY', target: 'o' },
          { source: 'k', type: 'WORKS_AT', target: 'o' },
          { source: 'c', type: 'KNOWS', target: 'k' },
          { source: 'c', type: 'KNOWS', target: 's' },
        ],
        label,
      ),
    ).toEqual([
      'Drying need is a need of A1 Foods',
      'Kato works at A1 Foods',
      'Coordinator A knows Kato',
      'Coordinator A knows Sato',
    ]);
  });

  it('has a phrase for every relationship type of the network', () => {
    for (const type of NETWORK_RELATIONSHIP_TYPES) expect(STEP_VERBS[type]).toMatch(/^[a-z ]+$/);
  });
});
