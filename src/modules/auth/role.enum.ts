import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  COMPANY = 'COMPANY',
  CONSORTIUM_MANAGER = 'CONSORTIUM_MANAGER',
  /** A host's technical support staff member: acts on use requests for the equipment they support. */
  SUPPORT_STAFF = 'SUPPORT_STAFF',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is in the program; see the README role table.',
});
