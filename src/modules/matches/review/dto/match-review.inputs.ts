import { ArgsType, Field, GraphQLISODateTime, ID, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../../common/graphql/pagination';
import { LIMITS } from '../../../../common/validation/limits';
import { IsText, Trim } from '../../../../common/validation/text';
import { MatchStatus } from '../../models/match.model';
import { AgreementKind, DeclineReason } from '../../models/match-review.model';

@ArgsType()
export class ChangeMatchStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a UUID' })
  matchId: string;

  @Field(() => MatchStatus)
  @IsEnum(MatchStatus, { message: 'to must be a MatchStatus' })
  to: MatchStatus;

  @Field(() => String, {
    nullable: true,
    description: `Up to ${LIMITS.shortText.max} characters; required when declineReason is OTHER.`,
  })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  note?: string;

  @Field(() => DeclineReason, { nullable: true, description: 'Required with to: DECLINED, refused otherwise.' })
  @IsOptional()
  @IsEnum(DeclineReason, { message: 'declineReason must be a DeclineReason' })
  declineReason?: DeclineReason;

  @Field(() => AgreementKind, { nullable: true, description: 'Required with to: AGREED, refused otherwise.' })
  @IsOptional()
  @IsEnum(AgreementKind, { message: 'agreementKind must be an AgreementKind' })
  agreementKind?: AgreementKind;
}

@ArgsType()
export class AnnotateMatchArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a UUID' })
  matchId: string;

  @Field({ description: `1-${LIMITS.shortText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  note: string;
}

@ArgsType()
export class AnswerMatchArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a UUID' })
  matchId: string;

  @Field()
  @IsBoolean({ message: 'interested must be true or false' })
  interested: boolean;

  @Field(() => String, { nullable: true, description: `Up to ${LIMITS.shortText.max} characters.` })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  note?: string;
}

@ArgsType()
export class AssignMatchArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a UUID' })
  matchId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'coordinatorId must be a UUID' })
  coordinatorId: string;
}

@ArgsType()
export class AssignNeedArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId must be a UUID' })
  needId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'coordinatorId must be a UUID' })
  coordinatorId: string;
}

/** Ranked by score then age: PageArgs without its direction. */
@ArgsType()
export class ReviewInboxArgs extends PickType(PageArgs, ['first', 'after'] as const, ArgsType) {}

@ArgsType()
export class ProgramKpisArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId: string;

  @Field(() => GraphQLISODateTime, { description: 'Start of the period, included.' })
  @Type(() => Date)
  @IsDate({ message: 'from must be a date-time' })
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'End of the period, excluded.' })
  @Type(() => Date)
  @IsDate({ message: 'to must be a date-time' })
  to: Date;
}
