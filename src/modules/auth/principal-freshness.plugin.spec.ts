import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { mayChangePrincipals, PRINCIPAL_NEUTRAL_MUTATIONS } from './principal-freshness.plugin';

const operationOf = (source: string) =>
  parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

describe('mayChangePrincipals', () => {
  it('is false for queries and for mutations that cannot change a principal', () => {
    expect(mayChangePrincipals(operationOf('{ me { id } }'))).toBe(false);
    expect(mayChangePrincipals(operationOf('mutation { createNeed(input: {}) { id } }'))).toBe(false);
    expect(mayChangePrincipals(operationOf('mutation { a: changeMatchStatus(matchId: "x", to: SHORTLISTED) { id } b: rematch(needId: "y") }'))).toBe(false);
    expect(mayChangePrincipals(undefined)).toBe(false);
  });

  it('is true for a mutation of users, coordinators, organizations, consortiums, support staff or regions', () => {
    for (const field of ['deleteUser', 'createUser', 'updateCoordinator', 'deleteCoordinator', 'updateOrganization', 'updateConsortium', 'deleteSupportStaff', 'deleteRegion']) {
      expect(PRINCIPAL_NEUTRAL_MUTATIONS.has(field)).toBe(false);
      expect(mayChangePrincipals(operationOf(`mutation { ${field}(id: "x") }`))).toBe(true);
    }
  });

  it('is true when any root field may change one, and for a mutation it does not know', () => {
    expect(mayChangePrincipals(operationOf('mutation { createNeed(input: {}) { id } deleteUser(id: "x") }'))).toBe(true);
    expect(mayChangePrincipals(operationOf('mutation { someNewMutation }'))).toBe(true);
  });
});
