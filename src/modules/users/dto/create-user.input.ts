import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { IsText, Trim } from '../../../common/validation/text';
import { LIMITS } from '../../../common/validation/limits';
import { Role } from '../../auth/role.enum';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(LIMITS.email.max)
  email: string;

  @Field({ description: `${LIMITS.password.min}-${LIMITS.password.max} characters.` })
  @Length(LIMITS.password.min, LIMITS.password.max, {
    message: `password must be ${LIMITS.password.min}-${LIMITS.password.max} characters`,
  })
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  // Shown to other users (match history, notes): trimmed, no control characters, like every other name.
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  displayName: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Coordinator id, company id, consortium id or support staff id, by role.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'linkId must be a UUID' })
  linkId?: string;
}
