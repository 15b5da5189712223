import { ManagedTransaction } from 'neo4j-driver';
import { int } from '../../infra/neo4j/neo4j-values';
import { SHARED_STATUSES } from '../matches/models/match.model';
import * as Q from './notification.queries';

/** A notification just written, and its recipient: what NotificationPublisher announces after the commit. */
export interface NotificationRef {
  id: string;
  userId: string;
}

/** An event written, with the notifications written in its transaction (to publish once committed). */
export interface WrittenEvent {
  eventId: string;
  notifications: NotificationRef[];
}

/*
 * The notifications of an event, written by the repository that writes the event, inside the same
 * transaction: a rolled-back or re-run event leaves no notification, a committed one has them all.
 * The caller publishes the returned refs (NotificationPublisher) once the transaction committed.
 */

const refs = (result: Awaited<ReturnType<ManagedTransaction['run']>>): NotificationRef[] =>
  result.records.map((r) => ({ id: r.get('id') as string, userId: r.get('userId') as string }));

/** Match events: answers, stalled matches, and moves to a status the company sees (see the query). */
export async function writeMatchEventNotifications(
  tx: ManagedTransaction,
  eventIds: readonly string[],
): Promise<NotificationRef[]> {
  if (eventIds.length === 0) return [];
  return refs(await tx.run(Q.MATCH_EVENT_NOTIFICATIONS, { eventIds, sharedStatuses: SHARED_STATUSES }));
}

/** A use request's event: a new request for the host side, a move for the other side of its author. */
export async function writeUseEventNotifications(tx: ManagedTransaction, eventId: string): Promise<NotificationRef[]> {
  return refs(await tx.run(Q.USE_EVENT_NOTIFICATIONS, { eventId }));
}

/** One matching run of a need that wrote `count` new suggestions: one notification per region coordinator. */
export async function writeNewSuggestionsNotifications(
  tx: ManagedTransaction,
  needId: string,
  count: number,
): Promise<NotificationRef[]> {
  if (count === 0) return [];
  return refs(await tx.run(Q.NEW_SUGGESTIONS_NOTIFICATIONS, { needId, count: int(count) }));
}
