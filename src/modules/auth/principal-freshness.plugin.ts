import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Kind, OperationDefinitionNode } from 'graphql';
import { AuthService } from './auth.service';

/**
 * Mutations that cannot change who a user is or where they act: the user node, its links
 * (ACTS_AS, REPRESENTS, MANAGES), the regions a coordinator covers, and the regions of a user's
 * organization or consortium. Every other mutation, a new one included, makes every principal be
 * read anew (safe by default).
 */
export const PRINCIPAL_NEUTRAL_MUTATIONS: ReadonlySet<string> = new Set([
  'signIn',
  'createNeed', 'updateNeed', 'deleteNeed', 'importNeeds',
  'createSeed', 'updateSeed', 'deleteSeed', 'importSeeds',
  'createResearcher', 'updateResearcher', 'deleteResearcher', 'affiliateResearcher', 'removeResearcherAffiliation',
  'createEquipment', 'updateEquipment', 'deleteEquipment', 'assignSupportStaff', 'unassignSupportStaff',
  'requestEquipmentUse', 'changeEquipmentUseStatus',
  'createHrProgram', 'updateHrProgram', 'deleteHrProgram', 'enrolParticipant', 'withdrawParticipant',
  'addConsortiumMember', 'removeConsortiumMember', 'recordAcquaintance', 'forgetAcquaintance',
  'changeMatchStatus', 'annotateMatch', 'answerMatch', 'assignMatch', 'assignNeed', 'flagStalledMatches',
  'rematch', 'rebuildMatches', 'pingWorkers',
]);

/** True when the operation is a mutation with a root field that may change a principal. */
export function mayChangePrincipals(operation: OperationDefinitionNode | null | undefined): boolean {
  if (operation?.operation !== 'mutation') return false;
  return operation.selectionSet.selections.some(
    // A fragment at the root hides its fields from this check: treated as a change.
    (selection) => selection.kind !== Kind.FIELD || !PRINCIPAL_NEUTRAL_MUTATIONS.has(selection.name.value),
  );
}

/**
 * Principals are kept for AUTH_PRINCIPAL_MAX_AGE_MS (AuthService); after a mutation that may
 * change one, answered or refused, every principal is read anew, so a deleted user, a changed role
 * or a coordinator's new regions take effect at once in this process. Runs as the response is
 * sent, after the mutation's writes: a lookup that ran meanwhile is not kept.
 */
@Plugin()
export class PrincipalFreshnessPlugin implements ApolloServerPlugin {
  constructor(private readonly auth: AuthService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      willSendResponse: async ({ operation }) => {
        if (mayChangePrincipals(operation)) this.auth.forgetPrincipals();
      },
    };
  }
}
