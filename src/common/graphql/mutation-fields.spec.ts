import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { mutatesBeyond } from './mutation-fields';

const operationOf = (source: string) =>
  parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

describe('mutatesBeyond', () => {
  const known = new Set(['createNeed', 'rematch']);

  it('is false for a query, and for a mutation of known fields only', () => {
    expect(mutatesBeyond(operationOf('{ me { id } }'), known)).toBe(false);
    expect(
      mutatesBeyond(operationOf('mutation { a: createNeed(input: {}) { id } b: rematch(needId: "x") }'), known),
    ).toBe(false);
    expect(mutatesBeyond(undefined, known)).toBe(false);
  });

  it('is true for any other root field, and for a fragment at the root', () => {
    expect(mutatesBeyond(operationOf('mutation { createNeed(input: {}) { id } deleteUser(id: "x") }'), known)).toBe(
      true,
    );
    expect(mutatesBeyond(operationOf('mutation { someNewMutation }'), known)).toBe(true);
    expect(mutatesBeyond(operationOf('mutation { ... on Mutation { createNeed(input: {}) { id } } }'), known)).toBe(
      true,
    );
  });
});
