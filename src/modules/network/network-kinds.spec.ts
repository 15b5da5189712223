import { DEMO_LABELS, DEMO_RELATIONSHIP_TYPES } from '../demo/demo-plan';
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
    expect([...NETWORK_RELATIONSHIP_TYPES].sort()).toEqual([...DEMO_RELATIONSHIP_TYPES].sort());
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
