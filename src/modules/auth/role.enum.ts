import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  COMPANY = 'COMPANY',
  CONSORTIUM_MANAGER = 'CONSORTIUM_MANAGER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is in the program; see the README role table.',
});
