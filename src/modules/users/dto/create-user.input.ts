import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, Length, MaxLength } from 'class-validator';
import { LIMITS } from '../../../common/validation/limits';
import { Role } from '../../auth/role.enum';
import { EnumField, OptionalIdField, TextField } from '../../../common/validation/input-fields';

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

  @EnumField(Role)
  role: Role;

  // Shown to other users (match history, notes): trimmed, no control characters, like every other name.
  @TextField()
  displayName: string;

  @OptionalIdField('Coordinator id, company id, consortium id or support staff id, by role.')
  linkId?: string;
}
