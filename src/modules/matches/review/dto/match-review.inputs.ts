import { ArgsType, Field, ID, PickType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../../common/graphql/pagination';
import { LIMITS } from '../../../../common/validation/limits';
import { IsText, Trim } from '../../../../common/validation/text';
import { MatchStatus } from '../../models/match.model';
import { AgreementKind, DeclineReason } from '../../models/match-review.model';
import { DateTimeField, IdField, OptionalNonBlankTextField } from '../../../../common/validation/input-fields';

/** A move along the workflow: the status and what it needs (changeMatchStatus, changeMatchStatuses). */
@ArgsType()
export class MoveArgs {
  @Field(() => MatchStatus)
  @IsEnum(MatchStatus, { message: 'to must be a MatchStatus' })
  to: MatchStatus;

  @OptionalNonBlankTextField(
    LIMITS.shortText.max,
    `Up to ${LIMITS.shortText.max} characters; required when declineReason is OTHER.`,
  )
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
export class ChangeMatchStatusArgs extends MoveArgs {
  @IdField()
  matchId: string;
}

@ArgsType()
export class ChangeMatchStatusesArgs extends MoveArgs {
  @Field(() => [ID], { description: `The matches to move, 1-${LIMITS.page.maxFirst}, each once.` })
  @ArrayMinSize(1, { message: 'matchIds must name at least one match' })
  @ArrayMaxSize(LIMITS.page.maxFirst, { message: `matchIds must name at most ${LIMITS.page.maxFirst} matches` })
  @ArrayUnique({ message: 'matchIds must name each match once' })
  @IsUUID('all', { each: true, message: 'matchIds must be UUIDs' })
  matchIds: string[];
}

@ArgsType()
export class AnnotateMatchArgs {
  @IdField()
  matchId: string;

  @Field({ description: `1-${LIMITS.shortText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  note: string;
}

@ArgsType()
export class AnswerMatchArgs {
  @IdField()
  matchId: string;

  @Field()
  @IsBoolean({ message: 'interested must be true or false' })
  interested: boolean;

  @OptionalNonBlankTextField(LIMITS.shortText.max, `Up to ${LIMITS.shortText.max} characters.`)
  note?: string;
}

@ArgsType()
export class AssignMatchArgs {
  @IdField()
  matchId: string;

  @IdField()
  coordinatorId: string;
}

@ArgsType()
export class AssignNeedArgs {
  @IdField()
  needId: string;

  @IdField()
  coordinatorId: string;
}

/** Ranked by score then age: PageArgs without its direction. */
@ArgsType()
export class ReviewInboxArgs extends PickType(PageArgs, ['first', 'after'] as const, ArgsType) {}

@ArgsType()
export class ProgramKpisArgs {
  @IdField()
  regionId: string;

  @DateTimeField({ description: 'Start of the period, included.' })
  from: Date;

  @DateTimeField({ description: 'End of the period, excluded.' })
  to: Date;
}
