import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { forgetAfterMutations } from '../../../common/graphql/mutation-fields';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { MatchReadsRepository } from './match-reads.repository';

/**
 * Mutations that cannot change, at once, what a stored match shows or who may see it: they create
 * what has no match yet, queue work for the workers (whose writes show within
 * MATCH_LIST_MAX_AGE_MS), or touch data no match list shows. Every other mutation, a new one
 * included, drops the region lists kept (safe by default).
 */
export const MATCH_LIST_NEUTRAL_MUTATIONS: ReadonlySet<string> = new Set([
  'signIn',
  'createNeed',
  'createSeed',
  'createResearcher',
  'createEquipment',
  'importNeeds',
  'importSeeds',
  'createRegion',
  'createOrganization',
  'createCoordinator',
  'createConsortium',
  'createSupportStaff',
  'createUser',
  'createHrProgram',
  'updateHrProgram',
  'deleteHrProgram',
  'enrolParticipant',
  'withdrawParticipant',
  'assignSupportStaff',
  'unassignSupportStaff',
  'requestEquipmentUse',
  'changeEquipmentUseStatus',
  'addConsortiumMember',
  'removeConsortiumMember',
  'recordAcquaintance',
  'forgetAcquaintance',
  'rematch',
  'rebuildMatches',
  'pingWorkers',
]);

/**
 * Region lists are shared for MATCH_LIST_MAX_AGE_MS (MatchReadsRepository); after a mutation that
 * may change one (a review step, a deletion, an edit of a seed's visibility or a need's
 * confidentiality, a company's region...), answered or refused, every region list is read anew.
 * Only for a signed-in caller whose mutation reached a resolver.
 */
@Plugin()
export class MatchListFreshnessPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(private readonly reads: MatchReadsRepository) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    return forgetAfterMutations(MATCH_LIST_NEUTRAL_MUTATIONS, () => this.reads.forgetRegionLists());
  }
}
