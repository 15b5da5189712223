import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityReads } from '../../common/graphql/entity-reads';
import { loaderForMany } from '../../common/graphql/request-loaders';
import { assertCoversRegion } from '../auth/access-policy';
import { Principal } from '../auth/principal';
import { MatchingProducer } from '../matching/matching.producer';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateEquipmentInput, EquipmentsArgs, UpdateEquipmentInput } from './dto/equipment.inputs';
import { Equipment, EQUIPMENT_HOST_KINDS } from './models/equipment.model';
import { EquipmentNotFoundError, NotAnEquipmentHostError } from './equipment.exception';
import { EquipmentRepository } from './equipment.repository';

const isHostKind = (kind: string) => (EQUIPMENT_HOST_KINDS as readonly string[]).includes(kind);

/**
 * Shared equipment is opened to local companies, so every signed-in user reads all of it. Admins
 * write any; coordinators write equipment whose host is in a region they cover, and assign to it
 * only staff working at that host.
 */
@Injectable()
export class EquipmentService extends EntityReads<Equipment, EquipmentsArgs> {
  constructor(
    private readonly equipment: EquipmentRepository,
    private readonly organizations: OrganizationsService,
    private readonly matching: MatchingProducer,
  ) {
    super(equipment, 'equipment', EquipmentNotFoundError);
  }

  /** Batched by request: the equipment a support person runs, for lists of staff. */
  ofStaff(req: Request, staffId: string): Promise<Equipment[]> {
    return loaderForMany(req, 'supportStaffEquipment', (ids) => this.equipment.equipmentOf(ids)).load(staffId);
  }

  async create(input: CreateEquipmentInput, me: Principal): Promise<Equipment> {
    const host = await this.organizations.mustFind(input.hostId, 'hostId');
    if (!isHostKind(host.kind)) throw new NotAnEquipmentHostError(input.hostId, host.kind);
    assertCoversRegion(me, host.regionId, 'equipment');
    const id = await this.equipment.create(input, me.userId);
    await this.matching.notifyTargetChanged('EQUIPMENT', id);
    return this.mustFind(id);
  }

  async update(id: string, input: UpdateEquipmentInput, me: Principal): Promise<Equipment> {
    assertCoversRegion(me, (await this.mustFind(id)).regionId, 'equipment');
    await this.equipment.update(id, input);
    await this.matching.notifyTargetChanged('EQUIPMENT', id);
    return this.mustFind(id);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    assertCoversRegion(me, (await this.mustFind(id)).regionId, 'equipment');
    await this.equipment.delete(id);
    await this.matching.notifyRemoved('EQUIPMENT', id);
    return true;
  }

  async assignStaff(equipmentId: string, staffId: string, me: Principal): Promise<Equipment> {
    assertCoversRegion(me, (await this.mustFind(equipmentId, 'equipmentId')).regionId, 'equipment');
    await this.equipment.assign(equipmentId, staffId);
    // Staff are where an introduction path to the equipment ends: its matches' paths may change.
    await this.matching.notifyTargetChanged('EQUIPMENT', equipmentId);
    return this.mustFind(equipmentId, 'equipmentId');
  }

  async unassignStaff(equipmentId: string, staffId: string, me: Principal): Promise<boolean> {
    assertCoversRegion(me, (await this.mustFind(equipmentId, 'equipmentId')).regionId, 'equipment');
    const removed = await this.equipment.unassign(equipmentId, staffId);
    if (removed) await this.matching.notifyTargetChanged('EQUIPMENT', equipmentId);
    return removed;
  }
}
