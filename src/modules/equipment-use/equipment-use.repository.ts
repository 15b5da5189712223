import { Injectable } from '@nestjs/common';
import { SortDirection } from '../../common/graphql/pagination';
import { keysetPage, readPage } from '../../infra/neo4j/keyset-page';
import { toJs } from '../../infra/neo4j/neo4j-values';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { isAdmin, Principal } from '../auth/principal';
import { EquipmentUseRequestsArgs } from './dto/equipment-use.inputs';
import { UseRequestChangedError, UseRequestNotFoundError } from './equipment-use.exception';
import { EquipmentUseEvent, EquipmentUseRequest, EquipmentUseStatus } from './models/equipment-use.model';
import { WrittenEvent, writeUseEventNotifications } from '../notifications/notification-writes';
import * as Q from './equipment-use.queries';

export interface UseActor {
  userId: string;
  byName: string;
}

export interface NewUseRequest {
  equipmentId: string;
  companyId: string;
  matchId: string | null;
  purpose: string;
  wishedFrom: Date;
  wishedTo: Date;
}

export interface UseStatusChange {
  requestId: string;
  expected: EquipmentUseStatus;
  to: EquipmentUseStatus;
  note: string | null;
  proposedFrom: Date | null;
  proposedTo: Date | null;
  refusalReason: string | null;
}

export interface UseNotificationContext {
  event: EquipmentUseEvent;
  requestId: string;
  equipmentName: string;
  notified: boolean;
  companyUsers: { id: string; email: string }[];
  staffUsers: { id: string; email: string }[];
  coordinators: { id: string; email: string }[];
}

/** The viewer's rights as parameters of REQUEST_VISIBLE. */
function viewerParams(me: Principal) {
  return {
    viewerIsAdmin: isAdmin(me),
    viewerCompanyId: me.companyId,
    viewerStaffId: me.supportStaffId,
    viewerCoordinatorRegionIds: me.coordinatorRegionIds,
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

@Injectable()
export class EquipmentUseRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async findVisible(id: string, me: Principal): Promise<EquipmentUseRequest | null> {
    const result = await this.neo4j.readOne(Q.FIND_VISIBLE, { id, ...viewerParams(me) });
    return result.records.length ? toRequest(result.records[0].get('node')) : null;
  }

  async list(args: EquipmentUseRequestsArgs, me: Principal) {
    const page = keysetPage(
      { property: 'createdAt', type: 'datetime' },
      args.direction ?? SortDirection.DESC,
      args.first,
      args.after,
    );
    const params = {
      ...viewerParams(me),
      status: args.status ?? null,
      equipmentId: args.equipmentId ?? null,
      ...page.params,
    };
    return this.neo4j.read((tx) =>
      readPage<EquipmentUseRequest>(
        tx,
        { match: Q.REQUEST_SCOPE, filter: Q.REQUEST_FILTER, node: Q.REQUEST_NODE },
        page,
        params,
        args.first,
      ),
    );
  }

  /** Creates the request and its first event; null when the equipment or company vanished meanwhile. */
  async create(request: NewUseRequest, actor: UseActor): Promise<(WrittenEvent & { id: string }) | null> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(Q.CREATE_REQUEST, {
        ...request,
        wishedFrom: request.wishedFrom.toISOString(),
        wishedTo: request.wishedTo.toISOString(),
        ...actor,
      });
      if (result.records.length === 0) return null;
      const eventId = result.records[0].get('eventId') as string;
      return {
        id: result.records[0].get('id') as string,
        eventId,
        notifications: await writeUseEventNotifications(tx, eventId),
      };
    });
  }

  /**
   * Moves the request from `expected` to `to` and records the event, in one transaction. CONFLICT
   * (and nothing written) when the status is no longer `expected` once the lock is held.
   */
  async changeStatus(change: UseStatusChange, actor: UseActor): Promise<WrittenEvent> {
    return this.neo4j.write(async (tx) => {
      const locked = await tx.run(Q.LOCK_REQUEST, { id: change.requestId });
      if (locked.records.length === 0) throw new UseRequestNotFoundError(change.requestId);
      const status = locked.records[0].get('status') as EquipmentUseStatus;
      if (status !== change.expected) throw new UseRequestChangedError(change.requestId, change.expected, status);
      const written = await tx.run(Q.CHANGE_STATUS, {
        id: change.requestId,
        expected: change.expected,
        to: change.to,
        note: change.note,
        proposedFrom: iso(change.proposedFrom),
        proposedTo: iso(change.proposedTo),
        refusalReason: change.refusalReason,
        ...actor,
      });
      const eventId = written.records[0].get('eventId') as string;
      return { eventId, notifications: await writeUseEventNotifications(tx, eventId) };
    });
  }

  async historyOf(requestIds: readonly string[]): Promise<{ parentId: string; item: EquipmentUseEvent }[]> {
    const result = await this.neo4j.readOne(Q.HISTORY, { ids: requestIds });
    return result.records.map((r) => ({ parentId: r.get('parentId') as string, item: toEvent(r.get('item')) }));
  }

  async staffSupports(staffId: string, equipmentId: string): Promise<boolean> {
    const result = await this.neo4j.readOne(Q.STAFF_SUPPORTS, { staffId, equipmentId });
    return result.records[0].get('supports') as boolean;
  }

  async notificationContext(eventId: string): Promise<UseNotificationContext | null> {
    const result = await this.neo4j.readOne(Q.NOTIFICATION_CONTEXT, { eventId });
    if (result.records.length === 0) return null;
    const row = toJs(result.records[0].toObject()) as Omit<UseNotificationContext, 'event'>;
    return { ...row, event: toEvent(result.records[0].get('event')) };
  }

  async markNotified(eventId: string, recipients: string[]): Promise<void> {
    await this.neo4j.write((tx) => tx.run(Q.MARK_NOTIFIED, { eventId, recipients }));
  }
}

function toRequest(raw: unknown): EquipmentUseRequest {
  const row = toJs(raw) as Record<string, unknown>;
  return {
    ...(row as unknown as EquipmentUseRequest),
    matchId: (row.matchId as string | undefined) ?? null,
    proposedFrom: (row.proposedFrom as Date | undefined) ?? null,
    proposedTo: (row.proposedTo as Date | undefined) ?? null,
    refusalReason: (row.refusalReason as string | undefined) ?? null,
    regionId: (row.regionId as string | undefined) ?? null,
  };
}

function toEvent(raw: unknown): EquipmentUseEvent {
  const row = toJs(raw) as Record<string, unknown>;
  return {
    id: row.id as string,
    at: row.at as Date,
    byUserId: row.byUserId as string,
    byName: row.byName as string,
    from: (row.from as EquipmentUseStatus | undefined) ?? null,
    to: row.to as EquipmentUseStatus,
    note: (row.note as string | undefined) ?? null,
    proposedFrom: (row.proposedFrom as Date | undefined) ?? null,
    proposedTo: (row.proposedTo as Date | undefined) ?? null,
    reason: (row.reason as string | undefined) ?? null,
  };
}
