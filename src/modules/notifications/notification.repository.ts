import { Injectable } from '@nestjs/common';
import { Connection } from '../../common/graphql/pagination';
import { listPage } from '../../infra/neo4j/keyset-page';
import { int, toJs } from '../../infra/neo4j/neo4j-values';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { NotificationsArgs } from './dto/notifications.args';
import { Notification } from './models/notification.model';
import { NotificationNotFoundError } from './notifications.exception';
import * as Q from './notification.queries';

/** Notifications deleted per transaction by the retention job: bounded, so no transaction grows without limit. */
export const PRUNE_BATCH = 5_000;

/** A user's own notifications: every read and write here is scoped to the user it is given. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(userId: string, args: NotificationsArgs): Promise<Connection<Notification>> {
    const page = await listPage<Record<string, unknown>>(
      this.neo4j,
      { match: Q.OWN_SCOPE, filter: Q.OWN_FILTER, node: Q.OWN_NODE },
      { property: 'createdAt', type: 'datetime' },
      args,
      { userId, unreadOnly: args.unreadOnly },
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNotification(e.node) })) };
  }

  async findOwn(id: string, userId: string): Promise<Notification | null> {
    const result = await this.neo4j.readOne(Q.FIND_OWN, { id, userId });
    return result.records.length
      ? toNotification(toJs(result.records[0].get('node')) as Record<string, unknown>)
      : null;
  }

  async unreadCount(userId: string): Promise<number> {
    const result = await this.neo4j.readOne(Q.UNREAD_COUNT, { userId });
    return toJs(result.records[0].get('n')) as number;
  }

  /**
   * Marks the user's notifications `ids` (all of them when null) read, and returns how many stay
   * unread. NOT_FOUND, and nothing marked, when one of `ids` is not the user's.
   */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    return this.neo4j.write(async (tx) => {
      if (ids) {
        const owned = new Set((await tx.run(Q.OWNED_AMONG, { userId, ids })).records[0].get('ids') as string[]);
        const missing = ids.find((id) => !owned.has(id));
        if (missing) throw new NotificationNotFoundError(missing);
      }
      await tx.run(Q.MARK_READ, { userId, ids });
      return toJs((await tx.run(Q.UNREAD_COUNT, { userId })).records[0].get('n')) as number;
    });
  }

  /** Deletes every notification created before `cutoff`, PRUNE_BATCH at a time; returns how many. */
  async deleteCreatedBefore(cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const result = await this.neo4j.write((tx) =>
        tx.run(Q.PRUNE_BATCH, { cutoff: cutoff.toISOString(), batch: int(PRUNE_BATCH) }),
      );
      const deleted = toJs(result.records[0].get('deleted')) as number;
      total += deleted;
      if (deleted < PRUNE_BATCH) return total;
    }
  }
}

function toNotification(row: Record<string, unknown>): Notification {
  const optional = <T>(key: string) => (row[key] as T | undefined) ?? null;
  return {
    id: row.id as string,
    kind: row.kind as Notification['kind'],
    createdAt: new Date(row.createdAt as string),
    readAt: optional<Date>('readAt'),
    matchId: optional('matchId'),
    needId: optional('needId'),
    equipmentUseRequestId: optional('equipmentUseRequestId'),
    needTitle: optional('needTitle'),
    companyName: optional('companyName'),
    equipmentName: optional('equipmentName'),
    suggestionCount: optional('suggestionCount'),
    interested: optional('interested'),
    matchStatus: optional('matchStatus'),
    previousMatchStatus: optional('previousMatchStatus'),
    useStatus: optional('useStatus'),
    previousUseStatus: optional('previousUseStatus'),
  };
}
