import { DEMO_LABELS, planDemoWrite } from '../demo/demo-plan';
import { DEMO_REGION } from '../demo/demo-region.data';
import {
  ALL_KINDS,
  INTRODUCTION_RELATIONSHIP_TYPES,
  kindOfLabel,
  KIND_LABEL,
  NETWORK_LABELS,
  NETWORK_RELATIONSHIP_TYPES,
} from './network-kinds';

describe('network kinds and relationship whitelist', () => {
  it('covers exactly the labels and relationship types the data model writes', () => {
    expect([...NETWORK_LABELS].sort()).toEqual([...DEMO_LABELS].sort());
    const hashes = Object.fromEntries(DEMO_REGION.users.map((u) => [u.key, 'hash']));
    const written = new Set(planDemoWrite(DEMO_REGION, hashes).relationships.map((batch) => batch.type));
    expect([...written].sort()).toEqual([...NETWORK_RELATIONSHIP_TYPES].sort());
  });

  it('maps kinds to labels and back', () => {
    for (const kind of ALL_KINDS) expect(kindOfLabel(KIND_LABEL[kind])).toBe(kind);
    expect(() => kindOfLabel('User')).toThrow();
    expect(() => kindOfLabel('Match')).toThrow();
  });

  it('introductions walk no region link', () => {
    expect(INTRODUCTION_RELATIONSHIP_TYPES).not.toContain('IN_REGION');
    expect(INTRODUCTION_RELATIONSHIP_TYPES).not.toContain('COVERS');
    for (const t of INTRODUCTION_RELATIONSHIP_TYPES) expect(NETWORK_RELATIONSHIP_TYPES).toContain(t);
  });
});
