import { clusterByTerms, DEFAULT_CLUSTER_OPTIONS, TermDocument } from './need-clusters';

/** A document from "term:weight" pairs; each term written in upper case, to see surfaces used. */
const doc = (id: string, ...terms: string[]): TermDocument => {
  const pairs = terms.map((t) => {
    const [term, weight] = t.split(':');
    return [term, Number(weight ?? 1)] as const;
  });
  return { id, terms: new Map(pairs), surfaces: new Map(pairs.map(([term]) => [term, term.toUpperCase()])) };
};

describe('clusterByTerms', () => {
  it('joins needs sharing two significant terms and labels the cluster by them', () => {
    const clusters = clusterByTerms([
      doc('a', 'seaweed:3', 'dry:3', 'energy'),
      doc('b', 'seaweed:3', 'dry:3', 'heat', 'pump'),
      doc('c', 'titanium:3', 'weld:3'),
    ]);
    expect(clusters).toEqual([{ terms: ['DRY', 'SEAWEED'], ids: ['a', 'b'] }]);
  });

  it('one shared term is not enough', () => {
    expect(clusterByTerms([doc('a', 'seaweed', 'dry'), doc('b', 'seaweed', 'weld')])).toEqual([]);
  });

  it('chains into connected components, largest first, most shared terms first', () => {
    const clusters = clusterByTerms([
      doc('a', 'laser', 'weld'),
      doc('b', 'laser', 'weld', 'titanium'),
      doc('c', 'titanium', 'weld', 'frame'),
      doc('x', 'oyster', 'sensor'),
      doc('y', 'oyster', 'sensor', 'buoy'),
    ]);
    expect(clusters.map((c) => c.ids)).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
    // weld is in all three needs; laser and titanium in two.
    expect(clusters[0].terms[0]).toBe('WELD');
    expect(clusters[0].terms.sort()).toEqual(['LASER', 'TITANIUM', 'WELD']);
  });

  it('ignores phrases, one-character terms and numbers', () => {
    const clusters = clusterByTerms([
      doc('a', 'dry seaweed', '材', '2024', 'x'),
      doc('b', 'dry seaweed', '材', '2024', 'x'),
    ]);
    expect(clusters).toEqual([]);
  });

  it('drops terms most needs share once there are enough needs', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => doc(id, 'develop', 'system', `${id}-topic`));
    // develop and system are in every need: no topic, no cluster.
    expect(clusterByTerms(many)).toEqual([]);
    // Among fewer needs than minDocumentsForShare the shared words are the topic.
    expect(clusterByTerms(many.slice(0, 3)).map((c) => c.ids)).toEqual([['a', 'b', 'c']]);
  });

  it("keeps only each need's heaviest terms", () => {
    const options = { ...DEFAULT_CLUSTER_OPTIONS, termsPerDocument: 2 };
    const a = doc('a', 'seaweed:5', 'dry:5', 'minor1:1', 'minor2:1');
    const b = doc('b', 'oyster:5', 'buoy:5', 'minor1:1', 'minor2:1');
    expect(clusterByTerms([a, b], options)).toEqual([]);
    expect(clusterByTerms([a, b]).map((c) => c.ids)).toEqual([['a', 'b']]);
  });

  it('is deterministic whatever the order of terms', () => {
    const one = clusterByTerms([doc('a', 'x1', 'x2', 'x3'), doc('b', 'x3', 'x2', 'x1')]);
    const two = clusterByTerms([doc('a', 'x3', 'x1', 'x2'), doc('b', 'x2', 'x1', 'x3')]);
    expect(one).toEqual(two);
    expect(one[0].terms).toEqual(['X1', 'X2', 'X3']);
  });
});
