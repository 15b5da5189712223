import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/role.enum';

@ObjectType({ description: 'An account. Its password hash is never exposed.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field()
  displayName: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The coordinator, company, consortium or support staff member this user acts for (none for ADMIN).',
  })
  linkedId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as Authorization: Bearer <token>.' })
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
