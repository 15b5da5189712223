import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPayload, User } from '../users/models/user.model';
import { toUser } from '../users/users.service';
import { UsersRepository } from '../users/users.repository';
import { CurrentUser, Public } from './auth.decorators';
import { UnauthenticatedError } from './auth.exception';
import { AuthService } from './auth.service';
import { SignInArgs } from './dto/sign-in.args';
import { Principal } from './principal';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges e-mail and password for a bearer token.' })
  signIn(@Args() args: SignInArgs): Promise<AuthPayload> {
    return this.auth.signIn(args.email, args.password);
  }

  @Query(() => User, { description: 'The signed-in user.' })
  async me(@CurrentUser() principal: Principal): Promise<User> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new UnauthenticatedError('The user of this token no longer exists');
    return toUser(user);
  }
}
