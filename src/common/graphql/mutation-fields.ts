import type { GraphQLRequestListener } from '@apollo/server';
import { Kind, OperationDefinitionNode, OperationTypeNode } from 'graphql';
import type { GraphQLContext } from './graphql-context';

/**
 * True when the operation is a mutation with a root field outside `known`: a list of mutations
 * known to leave something alone. A mutation not on the list, a new one included, counts as a
 * change (safe by default), and so does a fragment at the root, which hides its fields from this
 * check.
 */
export function mutatesBeyond(
  operation: OperationDefinitionNode | null | undefined,
  known: ReadonlySet<string>,
): boolean {
  if (operation?.operation !== OperationTypeNode.MUTATION) return false;
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !known.has(selection.name.value),
  );
}

/**
 * A request listener that calls `forget` once a signed-in caller's mutation with a root field
 * outside `known` has been answered (or refused): after its writes, so a read that ran meanwhile is
 * not kept. A mutation that reached no resolver (an anonymous `mutation { __typename }`) changes
 * nothing and forgets nothing.
 */
export function forgetAfterMutations(
  known: ReadonlySet<string>,
  forget: () => void,
): GraphQLRequestListener<GraphQLContext> {
  return {
    willSendResponse: async ({ operation, contextValue }) => {
      if ((contextValue.req as { principal?: unknown }).principal && mutatesBeyond(operation, known)) forget();
    },
  };
}
