import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, Length, MaxLength } from 'class-validator';
import { LIMITS } from '../../../common/validation/limits';

@ArgsType()
export class SignInArgs {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(LIMITS.email.max)
  email: string;

  @Field()
  @Length(1, LIMITS.password.max, { message: `password must be 1-${LIMITS.password.max} characters` })
  password: string;
}
