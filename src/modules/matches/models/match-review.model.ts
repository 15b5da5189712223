import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchStatus } from './match.model';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const DeclineReason = graphqlEnum(
  'DeclineReason',
  ['OFF_TOPIC', 'ALREADY_KNOWN', 'COMPANY_NOT_READY', 'RESEARCHER_UNAVAILABLE', 'IP_CONFLICT', 'OTHER'],
  'Why a match was declined (OTHER needs a note).',
);
export type DeclineReason = EnumValue<typeof DeclineReason>;

export const AgreementKind = graphqlEnum('AgreementKind', ['JOINT_RESEARCH', 'LICENCE', 'EQUIPMENT_USE']);
export type AgreementKind = EnumValue<typeof AgreementKind>;

export const MatchEventKind = graphqlEnum(
  'MatchEventKind',
  ['STATUS', 'NOTE', 'ANSWER'],
  'STATUS: a status change; NOTE: a note only (from = to); ANSWER: the company answered (from = to).',
);
export type MatchEventKind = EnumValue<typeof MatchEventKind>;

@ObjectType({ description: 'One step in the history of a match: who did what, when.' })
export class MatchEvent {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => MatchEventKind)
  kind: MatchEventKind;

  @Field({ description: 'The user who made it, or "system".' })
  byUserId: string;

  @Field()
  byName: string;

  @Field(() => MatchStatus)
  from: MatchStatus;

  @Field(() => MatchStatus)
  to: MatchStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DeclineReason, { nullable: true })
  reason: DeclineReason | null;

  @Field(() => AgreementKind, { nullable: true })
  agreementKind: AgreementKind | null;

  @Field(() => Boolean, { nullable: true, description: "On ANSWER events: the company's answer." })
  interested: boolean | null;
}

@ObjectType({ description: "The need's company's answer to a shared match." })
export class CompanyAnswer {
  @Field()
  interested: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field()
  byName: string;
}

@ObjectType({ description: 'Matches flagged STALLED by one run of the stalled detection.' })
export class StalledRun {
  @Field(() => Int)
  flagged: number;

  @Field(() => [ID])
  matchIds: string[];
}

@ObjectType({ description: "A region's program figures for a period [from, to)." })
export class ProgramKpis {
  @Field(() => ID) regionId: string;
  @Field(() => GraphQLISODateTime) from: Date;
  @Field(() => GraphQLISODateTime) to: Date;
  @Field(() => Int, { description: 'Seeds created in the period with a holder in the region.' }) seedsCollected: number;
  @Field(() => Int, { description: 'Needs created in the period whose company is in the region.' })
  needsSurveyed: number;
  @Field(() => Int, { description: "Matches created in the period for the region's needs." }) matchesSuggested: number;
  @Field(() => Int, { description: 'Matches that left SUGGESTED in the period.' }) matchesReviewed: number;
  @Field(() => Int, { description: 'Matches moved to SHARED in the period.' }) matchesShared: number;
  @Field(() => Int, { description: 'Matches moved to INTRODUCED in the period.' }) matchesIntroduced: number;
  @Field(() => Int, { description: 'Matches moved to AGREED in the period.' }) matchesAgreed: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from suggestion (match created) to its first introduction, over matches first introduced in the period; rounded to 0.1.',
  })
  medianDaysToIntroduction: number | null;
  @Field(() => Int, { description: 'People enrolled in the period in HR programs hosted in the region.' })
  hrProgramParticipants: number;
  @Field(() => Int, { description: 'Equipment use requests created in the period for equipment hosted in the region.' })
  equipmentUseRequested: number;
  @Field(() => Int, { description: 'Equipment use requests (hosted in the region) approved in the period.' })
  equipmentUseApproved: number;
}
