import { Logger } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';

/** Messages kept per iterator while its consumer is busy; beyond this the oldest are dropped. */
const MAX_BUFFERED = 1_000;

/**
 * Publish/subscribe over Redis channels, so an event published by any process (the API, a worker)
 * reaches the GraphQL subscriptions of every API process. Channel names get the queue prefix, so
 * two deployments (or test suites) sharing a Redis never hear each other. Payloads are JSON and
 * carry ids only. Delivery is best effort, like Redis pub/sub itself: a subscriber that is
 * disconnected misses what was published meanwhile.
 */
export class RedisPubSub {
  private readonly logger = new Logger(RedisPubSub.name);
  private subscriber: Redis | null = null;
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly subscribed = new Map<string, Promise<unknown>>();

  constructor(
    private readonly url: string,
    private readonly prefix: string,
    private readonly publisher: Redis,
  ) {}

  async publish(channel: string, payload: unknown): Promise<void> {
    await this.publisher.publish(this.key(channel), JSON.stringify(payload));
  }

  /**
   * Publishes each payload, after the write they tell of committed; never throws: a live event is
   * best effort, and the write stands whatever happens to it.
   */
  async publishAll(channel: string, payloads: readonly unknown[]): Promise<void> {
    try {
      await Promise.all(payloads.map((payload) => this.publish(channel, payload)));
    } catch (error) {
      this.logger.warn(`Could not publish ${payloads.length} live event(s) on ${channel}: ${(error as Error).message}`);
    }
  }

  /** Listeners whose Redis SUBSCRIBE is confirmed, per channel: tests wait on it before publishing. */
  listenerCount(channel: string): number {
    return this.listeners.get(this.key(channel))?.size ?? 0;
  }

  /**
   * An iterator over the messages of one channel from now on. It starts listening on its first
   * next(); return() (a client unsubscribing, a closed socket) stops it and ends a pending next().
   */
  asyncIterator<T>(channel: string): AsyncIterableIterator<T> {
    const key = this.key(channel);
    const buffered: T[] = [];
    const waiting: ((result: IteratorResult<T>) => void)[] = [];
    let done = false;
    const listener = (payload: unknown) => {
      const next = waiting.shift();
      if (next) next({ value: payload as T, done: false });
      else {
        buffered.push(payload as T);
        if (buffered.length > MAX_BUFFERED) buffered.shift();
      }
    };
    let ready: Promise<void> | null = null;
    const finish = async (): Promise<IteratorResult<T>> => {
      if (!done) {
        done = true;
        for (const next of waiting.splice(0)) next({ value: undefined, done: true });
        if (ready) await ready.then(() => this.removeListener(key, listener)).catch(() => undefined);
      }
      return { value: undefined, done: true };
    };
    return {
      next: async () => {
        ready ??= this.addListener(key, listener);
        await ready;
        if (buffered.length) return { value: buffered.shift()!, done: false };
        if (done) return { value: undefined, done: true };
        return new Promise<IteratorResult<T>>((resolve) => waiting.push(resolve));
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /**
   * The channel's messages mapped one by one for one consumer: null skips a message, 'end' ends the
   * stream. Not an async generator: its return() would wait for the pending next(), so a client
   * could not unsubscribe until the next message.
   */
  mapped<E, R>(channel: string, map: (event: E) => Promise<R | null | 'end'>): AsyncIterableIterator<R> {
    const source = this.asyncIterator<E>(channel);
    const end = async (): Promise<IteratorResult<R>> => {
      await source.return?.();
      return { value: undefined, done: true };
    };
    return {
      next: async () => {
        for (;;) {
          const item = await source.next();
          if (item.done) return { value: undefined, done: true };
          const mapped = await map(item.value);
          if (mapped === 'end') return end();
          if (mapped) return { value: mapped, done: false };
        }
      },
      return: end,
      throw: async (error: unknown) => {
        await end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async close(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    this.listeners.clear();
    this.subscribed.clear();
    await subscriber?.quit().catch(() => subscriber.disconnect());
  }

  private key(channel: string): string {
    return `${this.prefix}:live:${channel}`;
  }

  private async addListener(key: string, listener: (payload: unknown) => void): Promise<void> {
    const subscriber = this.connectSubscriber();
    if (!this.subscribed.has(key)) this.subscribed.set(key, subscriber.subscribe(key));
    await this.subscribed.get(key);
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
  }

  /** The Redis subscription stays: channels are a fixed few, and a later subscriber reuses it. */
  private removeListener(key: string, listener: (payload: unknown) => void): void {
    this.listeners.get(key)?.delete(listener);
  }

  /** One subscriber connection per process, made on first use (workers only publish and never make it). */
  private connectSubscriber(): Redis {
    if (this.subscriber) return this.subscriber;
    // A subscriber connection may queue commands while it reconnects, and resubscribes by itself.
    const subscriber = new IORedis(this.url, { connectionName: 'musubi-live-subscriber', maxRetriesPerRequest: null });
    subscriber.on('error', (error) => this.logger.warn(`Redis subscriber: ${error.message}`));
    subscriber.on('message', (channel: string, message: string) => {
      let payload: unknown;
      try {
        payload = JSON.parse(message);
      } catch {
        this.logger.warn(`Ignored a message on ${channel} that is not JSON`);
        return;
      }
      for (const listener of this.listeners.get(channel) ?? []) listener(payload);
    });
    this.subscriber = subscriber;
    return subscriber;
  }
}
