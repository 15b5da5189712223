import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, type EnumValue } from '../../../common/graphql/graphql-enum';
import { Paginated } from '../../../common/graphql/pagination';
import { EquipmentUseStatus } from '../../equipment-use/models/equipment-use.model';
import { MatchStatus } from '../../matches/models/match.model';

export const NotificationKind = graphqlEnum(
  'NotificationKind',
  [
    'NEW_SUGGESTIONS',
    'COMPANY_ANSWERED',
    'MATCH_STALLED',
    'MATCH_SHARED',
    'MATCH_STATUS_CHANGED',
    'EQUIPMENT_REQUESTED',
    'EQUIPMENT_USE_CHANGED',
  ],
  "NEW_SUGGESTIONS: the matcher wrote suggestionCount new suggestions for a need of your region (opens needId); COMPANY_ANSWERED: the company answered a shared match (interested; opens matchId); MATCH_STALLED: a match had no follow-up (opens matchId); MATCH_SHARED: a match was shared with your company (opens matchId); MATCH_STATUS_CHANGED: one of your company's shared matches moved on (matchStatus; opens matchId); EQUIPMENT_REQUESTED: a company asked to use equipment you support or host (opens equipmentUseRequestId); EQUIPMENT_USE_CHANGED: the other side moved a use request (useStatus; opens equipmentUseRequestId).",
);
export type NotificationKind = EnumValue<typeof NotificationKind>;

@ObjectType({
  description:
    "Something that happened for you, kept for you alone until NOTIFICATION_RETENTION_DAYS have passed. Its facts (kind, counts, titles, statuses) are as they were when it happened, for a message in the reader's language; the ids name the object it opens.",
})
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The match it is about (match kinds; an equipment request that followed a match).',
  })
  matchId: string | null;

  @Field(() => ID, { nullable: true, description: 'The need it is about (NEW_SUGGESTIONS and the match kinds).' })
  needId: string | null;

  @Field(() => ID, { nullable: true, description: 'The equipment use request it is about (the equipment kinds).' })
  equipmentUseRequestId: string | null;

  @Field(() => String, { nullable: true, description: "The need's title." })
  needTitle: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The need's company (match kinds), or the company asking to use equipment (equipment kinds).",
  })
  companyName: string | null;

  @Field(() => String, { nullable: true, description: "The equipment's name (equipment kinds)." })
  equipmentName: string | null;

  @Field(() => Int, { nullable: true, description: 'NEW_SUGGESTIONS: how many suggestions the matching run wrote.' })
  suggestionCount: number | null;

  @Field(() => Boolean, { nullable: true, description: 'COMPANY_ANSWERED: whether the company is interested.' })
  interested: boolean | null;

  @Field(() => MatchStatus, {
    nullable: true,
    description: 'The status the match moved to (match kinds but COMPANY_ANSWERED).',
  })
  matchStatus: MatchStatus | null;

  @Field(() => MatchStatus, { nullable: true, description: 'The status the match moved from.' })
  previousMatchStatus: MatchStatus | null;

  @Field(() => EquipmentUseStatus, {
    nullable: true,
    description: 'The status the use request moved to (equipment kinds).',
  })
  useStatus: EquipmentUseStatus | null;

  @Field(() => EquipmentUseStatus, {
    nullable: true,
    description: 'The status the use request moved from (null for EQUIPMENT_REQUESTED).',
  })
  previousUseStatus: EquipmentUseStatus | null;
}

@ObjectType()
export class NotificationConnection extends Paginated(Notification) {}
