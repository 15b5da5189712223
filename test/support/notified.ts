import { waitFor } from './processes';

/** Waits (30 s at most) until every event `read` returns is notified; a timeout lists the events. */
export async function untilAllNotified<E extends { done: boolean }>(read: () => Promise<E[]>): Promise<E[]> {
  return waitFor(
    'every event notified',
    async () => {
      const events = await read();
      if (events.every((e) => e.done)) return events;
      throw new Error(`events not notified: ${JSON.stringify(events)}`);
    },
    30_000,
    200,
  );
}
