import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityReads } from '../../common/graphql/entity-reads';
import { loaderForMany } from '../../common/graphql/request-loaders';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import {
  CoordinatorsArgs,
  CreateCoordinatorInput,
  RecordAcquaintanceArgs,
  UpdateCoordinatorInput,
} from './dto/coordinator.inputs';
import { Acquaintance, Coordinator } from './models/coordinator.model';
import { CoordinatorNotFoundError } from './coordinators.exception';
import { MatchingProducer } from '../matching/matching.producer';
import { CoordinatorsRepository } from './coordinators.repository';

/**
 * Coordinators are readable by every signed-in user, except whom they know (acquaintances: admins
 * and coordinators only, enforced by the resolver's @Roles on that field). Admins write any
 * coordinator; a coordinator edits its own profile and its own acquaintances, never its regions.
 */
@Injectable()
export class CoordinatorsService extends EntityReads<Coordinator, CoordinatorsArgs> {
  constructor(
    private readonly coordinators: CoordinatorsRepository,
    /** Acquaintances are steps of introduction paths: their changes re-match the needs nearby. */
    private readonly matching: MatchingProducer,
  ) {
    super(coordinators, 'coordinator', CoordinatorNotFoundError);
  }

  acquaintances(req: Request, coordinatorId: string): Promise<Acquaintance[]> {
    return loaderForMany(req, 'coordinatorAcquaintances', (ids) => this.coordinators.acquaintancesOf(ids)).load(
      coordinatorId,
    );
  }

  async create(input: CreateCoordinatorInput, me: Principal): Promise<Coordinator> {
    const id = await this.coordinators.create(input, me.userId);
    return this.mustFind(id);
  }

  async update(id: string, input: UpdateCoordinatorInput, me: Principal): Promise<Coordinator> {
    const current = await this.mustFind(id);
    if (!isAdmin(me)) {
      if (me.role !== Role.COORDINATOR || me.coordinatorId !== id) {
        throw new ForbiddenError('A coordinator edits only its own profile; admins edit any coordinator');
      }
      if (input.regionIds && !sameSet(input.regionIds, current.regionIds)) {
        throw new ForbiddenError('Only admins change the regions a coordinator covers');
      }
    }
    await this.coordinators.update(id, input);
    return this.mustFind(id);
  }

  async delete(id: string): Promise<boolean> {
    await this.coordinators.delete(id);
    await this.matching.notifyNetworkChanged([id]);
    return true;
  }

  async recordAcquaintance(args: RecordAcquaintanceArgs, me: Principal): Promise<Acquaintance> {
    this.assertOwnCoordinator(args.coordinatorId, me);
    const acquaintance = await this.coordinators.recordAcquaintance(args);
    await this.matching.notifyNetworkChanged([args.coordinatorId, args.personId]);
    return acquaintance;
  }

  async forgetAcquaintance(coordinatorId: string, personId: string, me: Principal): Promise<boolean> {
    this.assertOwnCoordinator(coordinatorId, me);
    const forgotten = await this.coordinators.forgetAcquaintance(coordinatorId, personId);
    if (forgotten) await this.matching.notifyNetworkChanged([coordinatorId, personId]);
    return forgotten;
  }

  private assertOwnCoordinator(coordinatorId: string, me: Principal): void {
    if (isAdmin(me) || (me.role === Role.COORDINATOR && me.coordinatorId === coordinatorId)) return;
    throw new ForbiddenError("A coordinator records only its own acquaintances; admins record anyone's");
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};
