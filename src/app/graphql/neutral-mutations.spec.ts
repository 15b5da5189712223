import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { PROJECT_ROOT } from '../../config/project-root';
import { PRINCIPAL_NEUTRAL_MUTATIONS } from '../../modules/auth/principal-freshness.plugin';
import { MATCH_LIST_NEUTRAL_MUTATIONS } from '../../modules/matches/reads/match-list-freshness.plugin';

describe("the freshness plugins' lists of neutral mutations", () => {
  it('name only mutations the schema has (a renamed one would linger unseen)', () => {
    const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.gql'), 'utf8'));
    const mutations = new Set(Object.keys(schema.getMutationType()!.getFields()));
    for (const list of [PRINCIPAL_NEUTRAL_MUTATIONS, MATCH_LIST_NEUTRAL_MUTATIONS]) {
      expect([...list].filter((name) => !mutations.has(name))).toEqual([]);
    }
  });
});
