import { Kind, OperationDefinitionNode } from 'graphql';

/**
 * True when the operation is a mutation with a root field outside `known`: a list of mutations
 * known to leave something alone. A mutation not on the list, a new one included, counts as a
 * change (safe by default), and so does a fragment at the root, which hides its fields from this
 * check.
 */
export function mutatesBeyond(operation: OperationDefinitionNode | null | undefined, known: ReadonlySet<string>): boolean {
  if (operation?.operation !== 'mutation') return false;
  return operation.selectionSet.selections.some((selection) => selection.kind !== Kind.FIELD || !known.has(selection.name.value));
}
