import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { Driver } from 'neo4j-driver';
import { AppConfig, ConfigError, loadConfig } from '../../src/config/app-config';
import { QueueName } from '../../src/infra/queue/queue.constants';
import { NOTIFICATION_DELIVERY } from '../../src/modules/notifications/notification-delivery';
import { MatchNotificationProducer } from '../../src/modules/matches/review/match-notification.producer';
import { SmtpDelivery } from '../../src/modules/notifications/smtp.delivery';
import { createWorkerApp } from '../../workers/bootstrap';
import { clearGraph, deleteQueueKeys, testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/**
 * A real SMTP server, small: enough of RFC 5321 for nodemailer (220 greeting, EHLO/HELO, MAIL, RCPT,
 * DATA with dot-stuffing, QUIT). In 'drop' mode it closes every connection at once, as a crashed or
 * overloaded server would.
 */
class TinySmtpServer {
  readonly received: Received[] = [];
  mode: 'accept' | 'drop' = 'accept';
  connections = 0;
  private readonly server: Server = createServer((socket) => this.serve(socket));

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    this.connections += 1;
    if (this.mode === 'drop') {
      socket.destroy();
      return;
    }
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let inData = false;
    let message: Received = { from: '', to: [], data: '' };
    reply('220 tiny.test ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            this.received.push(message);
            message = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else {
            message.data += (line.startsWith('.') ? line.slice(1) : line) + '\n';
          }
          continue;
        }
        const verb = line.split(' ')[0].toUpperCase();
        const address = () => /<([^>]*)>/.exec(line)?.[1] ?? '';
        if (verb === 'EHLO' || verb === 'HELO') reply('250 tiny.test');
        else if (verb === 'MAIL') {
          message.from = address();
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          message.to.push(address());
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else reply('502 5.5.2 not implemented');
      }
    });
    socket.on('error', () => undefined);
  }
}

/** A header of a received message, unfolded, with RFC 2047 encoded words (Q and B) decoded. */
function header(data: string, name: string): string | undefined {
  const head = data.split('\n\n')[0].replace(/\n[ \t]+/g, ' ');
  const raw = new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1];
  return raw?.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

// Several servers (API, worker, Neo4j) on a shared machine: allow slow steps rather than flake.
jest.setTimeout(180_000);

describe('SMTP delivery of notifications', () => {
  const smtp = new TinySmtpServer();
  let port: number;

  beforeAll(async () => {
    port = await smtp.start();
  });

  afterAll(async () => {
    await smtp.stop();
  });

  it('validates SMTP_URL and SMTP_FROM', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems.map((p) => `${p.variable} ${p.rule}`);
      }
    };
    expect(problems({ SMTP_URL: 'http://mail.example', SMTP_FROM: 'a@b.example' })).toEqual([
      'SMTP_URL must be a URL with scheme smtp, smtps (got "http://mail.example")',
    ]);
    expect(problems({ SMTP_URL: 'smtp://mail.example:25' })).toEqual(['SMTP_FROM is required when SMTP_URL is set']);
    expect(problems({ SMTP_URL: 'smtps://u:p@mail.example', SMTP_FROM: 'not an address' })[0]).toMatch(
      /^SMTP_FROM must be an e-mail address/,
    );
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465', SMTP_FROM: 'musubi@b.example' }).smtp).toEqual({
      url: 'smtps://u:p@mail.example:465',
      from: 'musubi@b.example',
    });
    expect(loadConfig({}).smtp).toBeUndefined();
  });

  it('sends one message per notification to a real SMTP server', async () => {
    smtp.mode = 'accept';
    const delivery = new SmtpDelivery(`smtp://127.0.0.1:${port}`, 'musubi@test.example');
    try {
      await delivery.send({
        to: 'coord@test.example',
        subject: 'Match for "Dry seaweed": SHORTLISTED -> SHARED',
        body: 'line 1\n.dot line',
      });
    } finally {
      delivery.close();
    }
    const message = smtp.received.at(-1)!;
    expect(message.from).toBe('musubi@test.example');
    expect(message.to).toEqual(['coord@test.example']);
    expect(header(message.data, 'To')).toBe('coord@test.example');
    expect(header(message.data, 'Subject')).toBe('Match for "Dry seaweed": SHORTLISTED -> SHARED');
    expect(message.data).toContain('.dot line');
  });

  it('throws when the server drops the connection', async () => {
    smtp.mode = 'drop';
    const delivery = new SmtpDelivery(`smtp://127.0.0.1:${port}`, 'musubi@test.example');
    try {
      await expect(delivery.send({ to: 'coord@test.example', subject: 's', body: 'b' })).rejects.toThrow();
    } finally {
      delivery.close();
      smtp.mode = 'accept';
    }
  });

  describe('in the worker', () => {
    let config: AppConfig;
    let driver: Driver;
    let worker: INestApplicationContext | undefined;

    beforeAll(async () => {
      config = await testConfig({
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        SMTP_FROM: 'musubi@test.example',
        MATCH_RECONCILE_INTERVAL_MS: '3600000',
      });
      driver = testDriver(config);
      await clearGraph(driver);
    });

    afterAll(async () => {
      await worker?.close();
      await driver?.close();
      await deleteQueueKeys(config.redis.url, config.queue.prefix);
    });

    it('a failed delivery fails the job, the queue retries it, and the retry mails the region coordinator', async () => {
      const ids = {
        region: randomUUID(),
        company: randomUUID(),
        need: randomUUID(),
        match: randomUUID(),
        event: randomUUID(),
        coordinator: randomUUID(),
      };
      // The graph a match event's notification reads: the need's company's region and its coordinator's user.
      await driver.executeQuery(
        `CREATE (r:Region {id: $region, name: 'R'})
         CREATE (co:Organization {id: $company, name: 'C', kind: 'COMPANY'})-[:IN_REGION]->(r)
         CREATE (n:Need {id: $need, title: 'Dry seaweed'})-[:OF_COMPANY]->(co)
         CREATE (m:Match {id: $match, status: 'SHORTLISTED'})-[:FOR_NEED]->(n)
         CREATE (:MatchEvent {id: $event, seq: 1, at: datetime(), kind: 'STATUS', byUserId: 'someone', byName: 'Someone',
           from: 'SUGGESTED', to: 'SHORTLISTED'})-[:ON_MATCH]->(m)
         CREATE (:User {id: randomUUID(), email: 'coord@smtp.test.example', role: 'COORDINATOR'})-[:ACTS_AS]->(:Coordinator {id: $coordinator})-[:COVERS]->(r)`,
        ids,
      );
      worker = await createWorkerApp(config);
      expect(worker.get(NOTIFICATION_DELIVERY)).toBeInstanceOf(SmtpDelivery);

      smtp.mode = 'drop';
      const before = smtp.received.length;
      const queue = new Queue(QueueName.Notifications, {
        connection: { url: config.redis.url },
        prefix: config.queue.prefix,
      });
      try {
        // Enqueued as the API does, with the notifications queue's retry options (attempts, backoff).
        await worker.get(MatchNotificationProducer).notify([ids.event]);
        const job = { id: `match-notify-${ids.event}` };
        const waitFor = async (what: string, ok: () => Promise<boolean>) => {
          const deadline = Date.now() + 30_000;
          while (!(await ok())) {
            if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
            await new Promise((r) => setTimeout(r, 100));
          }
        };
        await waitFor('a failed attempt', async () => ((await queue.getJob(job.id))?.attemptsMade ?? 0) >= 1);
        const notified = async () =>
          (
            await driver.executeQuery('MATCH (e:MatchEvent {id: $event}) RETURN e.notifiedTo AS to', ids)
          ).records[0].get('to') as string[] | null;
        expect(await notified()).toBeNull();
        expect(smtp.received.length).toBe(before);

        smtp.mode = 'accept';
        await waitFor('the retry to complete', async () => (await queue.getJob(job.id))?.finishedOn !== undefined);
        const done = (await queue.getJob(job.id))!;
        expect(await done.getState()).toBe('completed');
        expect(done.attemptsMade).toBeGreaterThanOrEqual(2);
        expect(await notified()).toEqual(['coord@smtp.test.example']);
        const mails = smtp.received.slice(before);
        expect(mails.map((m) => m.to)).toEqual([['coord@smtp.test.example']]);
        expect(header(mails[0].data, 'Subject')).toBe('Match for "Dry seaweed": SUGGESTED -> SHORTLISTED');
      } finally {
        await queue.close();
      }
    });
  });
});
