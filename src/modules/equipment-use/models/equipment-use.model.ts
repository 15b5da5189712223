import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { NetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const EquipmentUseStatus = graphqlEnum(
  'EquipmentUseStatus',
  ['REQUESTED', 'TIME_PROPOSED', 'APPROVED', 'REFUSED', 'CANCELLED'],
  'REQUESTED: waiting for the host; TIME_PROPOSED: the host proposed another time, waiting for the company; APPROVED; REFUSED (final, with a reason); CANCELLED by the company (final).',
);
export type EquipmentUseStatus = EnumValue<typeof EquipmentUseStatus>;

@ObjectType({ description: "A company asks to use a piece of shared equipment; the host's support staff answer." })
export class EquipmentUseRequest extends NetworkNode {
  @Field(() => EquipmentUseStatus)
  status: EquipmentUseStatus;

  @Field(() => ID)
  equipmentId: string;

  @Field(() => ID, { description: 'The company asking.' })
  companyId: string;

  @Field(() => ID, { description: "The equipment's host organization." })
  hostId: string;

  @Field(() => ID, { nullable: true, description: 'The equipment match the request came from, if any.' })
  matchId: string | null;

  @Field({ description: 'What the company wants to do with the equipment.' })
  purpose: string;

  @Field(() => GraphQLISODateTime)
  wishedFrom: Date;

  @Field(() => GraphQLISODateTime)
  wishedTo: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "The host's latest proposed period." })
  proposedFrom: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  proposedTo: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the host refused.' })
  refusalReason: string | null;

  @Field(() => GraphQLISODateTime)
  statusChangedAt: Date;

  /** Not exposed: the host's region, for coordinators' rights. */
  regionId: string | null;
}

@ObjectType()
export class EquipmentUseRequestConnection extends Paginated(EquipmentUseRequest) {}

@ObjectType({ description: 'One step in the history of an equipment use request.' })
export class EquipmentUseEvent {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field()
  byUserId: string;

  @Field()
  byName: string;

  @Field(() => EquipmentUseStatus, { nullable: true, description: 'Empty on the event that created the request.' })
  from: EquipmentUseStatus | null;

  @Field(() => EquipmentUseStatus)
  to: EquipmentUseStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'On TIME_PROPOSED: the proposed period.' })
  proposedFrom: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  proposedTo: Date | null;

  @Field(() => String, { nullable: true, description: 'On REFUSED: why.' })
  reason: string | null;
}
