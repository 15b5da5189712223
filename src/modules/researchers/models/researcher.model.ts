import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';

@ObjectType()
export class Researcher extends NamedNetworkNode {
  @Field({ description: 'e.g. Professor, 准教授.' })
  title: string;

  @Field(() => [String], { description: 'Fields of expertise.' })
  fields: string[];

  @Field({ description: 'Profile text, Japanese or English.' })
  profile: string;

  @Field({ description: 'Invited as a core researcher under the program.' })
  invitedCoreResearcher: boolean;

  @Field(() => [ID], { description: 'Organizations the researcher is affiliated with.' })
  affiliationIds: string[];

  /** Regions of the affiliations: where coordinators may edit this researcher. */
  regionIds: string[];
}

@ObjectType()
export class ResearcherConnection extends Paginated(Researcher) {}
