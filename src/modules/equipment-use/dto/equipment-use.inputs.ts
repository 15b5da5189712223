import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { IsText, Trim } from '../../../common/validation/text';
import { EquipmentUseStatus } from '../models/equipment-use.model';

@InputType()
export class RequestEquipmentUseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'equipmentId must be a UUID' })
  equipmentId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An equipment match shared with the company that this request follows.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'matchId must be a UUID' })
  matchId?: string;

  @Field({ description: `What the company wants to do with it: 1-${LIMITS.shortText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  purpose: string;

  @Field(() => GraphQLISODateTime, { description: 'Start of the wished period.' })
  @Type(() => Date)
  @IsDate({ message: 'wishedFrom must be a date-time' })
  wishedFrom: Date;

  @Field(() => GraphQLISODateTime, { description: 'End of the wished period: after wishedFrom, in the future.' })
  @Type(() => Date)
  @IsDate({ message: 'wishedTo must be a date-time' })
  wishedTo: Date;
}

@ArgsType()
export class ChangeEquipmentUseStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a UUID' })
  requestId: string;

  @Field(() => EquipmentUseStatus)
  @IsEnum(EquipmentUseStatus, { message: 'to must be an EquipmentUseStatus' })
  to: EquipmentUseStatus;

  @Field(() => String, { nullable: true, description: `Up to ${LIMITS.shortText.max} characters.` })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  note?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Required with to: TIME_PROPOSED, refused otherwise.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'proposedFrom must be a date-time' })
  proposedFrom?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Required with to: TIME_PROPOSED, after proposedFrom.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'proposedTo must be a date-time' })
  proposedTo?: Date;

  @Field(() => String, {
    nullable: true,
    description: `Required with to: REFUSED (1-${LIMITS.shortText.max} characters), refused otherwise.`,
  })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  refusalReason?: string;
}

@ArgsType()
export class EquipmentUseRequestsArgs extends PageArgs {
  @Field(() => EquipmentUseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EquipmentUseStatus, { message: 'status must be an EquipmentUseStatus' })
  status?: EquipmentUseStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'equipmentId must be a UUID' })
  equipmentId?: string;
}
