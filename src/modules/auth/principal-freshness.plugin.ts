import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { forgetAfterMutations } from '../../common/graphql/mutation-fields';
import type { GraphQLContext } from '../../common/graphql/graphql-context';
import { AuthService } from './auth.service';

/**
 * Mutations that cannot change who a user is or where they act: the user node, its links
 * (ACTS_AS, REPRESENTS, MANAGES), the regions a coordinator covers, and the regions of a user's
 * organization or consortium. Every other mutation, a new one included, makes every principal be
 * read anew (safe by default).
 */
export const PRINCIPAL_NEUTRAL_MUTATIONS: ReadonlySet<string> = new Set([
  'signIn',
  'createNeed',
  'updateNeed',
  'deleteNeed',
  'importNeeds',
  'createSeed',
  'updateSeed',
  'deleteSeed',
  'importSeeds',
  'createResearcher',
  'updateResearcher',
  'deleteResearcher',
  'affiliateResearcher',
  'removeResearcherAffiliation',
  'createEquipment',
  'updateEquipment',
  'deleteEquipment',
  'assignSupportStaff',
  'unassignSupportStaff',
  'requestEquipmentUse',
  'changeEquipmentUseStatus',
  'createHrProgram',
  'updateHrProgram',
  'deleteHrProgram',
  'enrolParticipant',
  'withdrawParticipant',
  'addConsortiumMember',
  'removeConsortiumMember',
  'recordAcquaintance',
  'forgetAcquaintance',
  'changeMatchStatus',
  'changeMatchStatuses',
  'annotateMatch',
  'answerMatch',
  'assignMatch',
  'assignNeed',
  'flagStalledMatches',
  'rematch',
  'rebuildMatches',
  'pingWorkers',
]);

/**
 * Principals are kept for AUTH_PRINCIPAL_MAX_AGE_MS (AuthService); after a mutation that may
 * change one, answered or refused, every principal is read anew, so a deleted user, a changed role
 * or a coordinator's new regions take effect at once in this process. Runs as the response is
 * sent, after the mutation's writes: a lookup that ran meanwhile is not kept. Only for a signed-in
 * caller whose mutation reached a resolver: an anonymous `mutation { __typename }` changes nothing
 * and must not make every user's next request read the graph.
 */
@Plugin()
export class PrincipalFreshnessPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(private readonly auth: AuthService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    return forgetAfterMutations(PRINCIPAL_NEUTRAL_MUTATIONS, () => this.auth.forgetPrincipals());
  }
}
