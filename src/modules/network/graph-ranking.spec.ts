import { rankAndTruncate, topByDegree } from './graph-ranking';

const node = (id: string, hops: number, degree: number, label = id) => ({ id, hops, degree, label });

describe('rankAndTruncate', () => {
  const nodes = [node('far', 2, 50), node('b', 1, 3), node('start', 0, 1), node('a', 1, 3), node('hub', 1, 9)];

  it('orders by hops, then degree (high first), then label', () => {
    expect(rankAndTruncate(nodes, 10)).toEqual({
      kept: [nodes[2], nodes[4], nodes[3], nodes[1], nodes[0]],
      omitted: 0,
    });
  });

  it('cuts the farthest and says how many', () => {
    const { kept, omitted } = rankAndTruncate(nodes, 3);
    expect(kept.map((n) => n.id)).toEqual(['start', 'hub', 'a']);
    expect(omitted).toBe(2);
  });

  it('does not change its input', () => {
    const copy = [...nodes];
    rankAndTruncate(nodes, 1);
    expect(nodes).toEqual(copy);
  });
});

describe('topByDegree', () => {
  it('ranks by degree, ties by label', () => {
    const ranked = topByDegree([node('x', 0, 2, 'Beta'), node('y', 0, 5, 'Gamma'), node('z', 0, 2, 'Alpha')], 2);
    expect(ranked.map((n) => n.label)).toEqual(['Gamma', 'Alpha']);
  });
});
