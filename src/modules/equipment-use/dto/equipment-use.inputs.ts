import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { IsText, Trim } from '../../../common/validation/text';
import { EquipmentUseStatus } from '../models/equipment-use.model';
import {
  DateTimeField,
  IdField,
  OptionalIdField,
  OptionalNonBlankTextField,
} from '../../../common/validation/input-fields';

@InputType()
export class RequestEquipmentUseInput {
  @IdField()
  equipmentId: string;

  @OptionalIdField('An equipment match shared with the company that this request follows.')
  matchId?: string;

  @Field({ description: `What the company wants to do with it: 1-${LIMITS.shortText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  purpose: string;

  @DateTimeField({ description: 'Start of the wished period.' })
  wishedFrom: Date;

  @DateTimeField({ description: 'End of the wished period: after wishedFrom, in the future.' })
  wishedTo: Date;
}

@ArgsType()
export class ChangeEquipmentUseStatusArgs {
  @IdField()
  requestId: string;

  @Field(() => EquipmentUseStatus)
  @IsEnum(EquipmentUseStatus, { message: 'to must be an EquipmentUseStatus' })
  to: EquipmentUseStatus;

  @OptionalNonBlankTextField(LIMITS.shortText.max, `Up to ${LIMITS.shortText.max} characters.`)
  note?: string;

  @DateTimeField({ optional: true, description: 'Required with to: TIME_PROPOSED, refused otherwise.' })
  proposedFrom?: Date;

  @DateTimeField({ optional: true, description: 'Required with to: TIME_PROPOSED, after proposedFrom.' })
  proposedTo?: Date;

  @OptionalNonBlankTextField(
    LIMITS.shortText.max,
    `Required with to: REFUSED (1-${LIMITS.shortText.max} characters), refused otherwise.`,
  )
  refusalReason?: string;
}

@ArgsType()
export class EquipmentUseRequestsArgs extends PageArgs {
  @Field(() => EquipmentUseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EquipmentUseStatus, { message: 'status must be an EquipmentUseStatus' })
  status?: EquipmentUseStatus;

  @OptionalIdField()
  equipmentId?: string;
}
