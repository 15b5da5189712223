import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { CreateUserInput } from './dto/create-user.input';
import { User } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Roles(Role.ADMIN)
  @Query(() => [User], { name: 'users', description: 'Every account (admin only).' })
  users(): Promise<User[]> {
    return this.service.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Creates an account and links it to its coordinator, company or consortium.' })
  createUser(@Args('input') input: CreateUserInput, @CurrentUser() me: Principal): Promise<User> {
    return this.service.create(input, me.userId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes an account; its tokens stop working at once.' })
  deleteUser(@IdArg() id: string): Promise<boolean> {
    return this.service.delete(id);
  }
}
