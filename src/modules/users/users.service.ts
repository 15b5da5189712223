import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { hashPassword } from '../auth/password';
import { Role } from '../auth/role.enum';
import { CreateUserInput } from './dto/create-user.input';
import { User } from './models/user.model';
import { LinkRequiredError, UserNotFoundError } from './users.exception';
import { UserRecord, UsersRepository } from './users.repository';

export function toUser(record: UserRecord): User {
  return {
    id: record.id,
    email: record.email,
    role: record.role,
    displayName: record.displayName,
    linkedId: record.linkedId,
    createdAt: record.createdAt,
  };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(input: CreateUserInput, createdBy: string): Promise<User> {
    const needsLink = input.role !== Role.ADMIN;
    if (needsLink !== Boolean(input.linkId)) throw new LinkRequiredError(input.role);
    const record = await this.users.create({
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      role: input.role,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      linkId: input.linkId ?? null,
      createdBy,
    });
    return toUser(record);
  }

  async list(): Promise<User[]> {
    return (await this.users.list()).map(toUser);
  }

  async delete(id: string): Promise<boolean> {
    if (!(await this.users.delete(id))) throw new UserNotFoundError(id);
    return true;
  }

  /** Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when no user has that e-mail yet. */
  async ensureFirstAdmin(): Promise<void> {
    const admin = this.config.auth.admin;
    if (!admin) return;
    if (await this.users.findByEmail(admin.email)) return;
    await this.create(
      { email: admin.email, password: admin.password, role: Role.ADMIN, displayName: 'Administrator' },
      'system',
    ).catch((error: unknown) => {
      // Another API replica created it between our check and our write: that is the goal met.
      if ((error as { code?: string }).code !== 'CONFLICT') throw error;
    });
    this.logger.log(`First admin ${admin.email} ensured`);
  }
}
