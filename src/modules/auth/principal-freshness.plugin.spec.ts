import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { mutatesBeyond } from '../../common/graphql/mutation-fields';
import { PRINCIPAL_NEUTRAL_MUTATIONS } from './principal-freshness.plugin';

const operationOf = (source: string) =>
  parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const mayChangePrincipals = (source: string) => mutatesBeyond(operationOf(source), PRINCIPAL_NEUTRAL_MUTATIONS);

describe('PRINCIPAL_NEUTRAL_MUTATIONS', () => {
  it('keeps principals for queries and for mutations that cannot change one', () => {
    expect(mayChangePrincipals('{ me { id } }')).toBe(false);
    expect(mayChangePrincipals('mutation { createNeed(input: {}) { id } }')).toBe(false);
    expect(
      mayChangePrincipals(
        'mutation { a: changeMatchStatus(matchId: "x", to: SHORTLISTED) { id } b: rematch(needId: "y") }',
      ),
    ).toBe(false);
  });

  it('drops them after a mutation of users, coordinators, organizations, consortiums, support staff or regions', () => {
    for (const field of [
      'deleteUser',
      'createUser',
      'updateCoordinator',
      'deleteCoordinator',
      'updateOrganization',
      'updateConsortium',
      'deleteSupportStaff',
      'deleteRegion',
    ]) {
      expect(PRINCIPAL_NEUTRAL_MUTATIONS.has(field)).toBe(false);
      expect(mayChangePrincipals(`mutation { ${field}(id: "x") }`)).toBe(true);
    }
  });

  it('drops them when any root field may change one', () => {
    expect(mayChangePrincipals('mutation { createNeed(input: {}) { id } deleteUser(id: "x") }')).toBe(true);
  });
});
