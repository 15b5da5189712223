/**
 * The web app end to end, in a real browser (Debian's chromium driven by playwright-core) against
 * the real API, Neo4j and a matching worker, on the demo region. Needs web/dist: `npm test` builds
 * it first (`npm run build:web`). Each case saves a screenshot under the OS temp folder
 * (musubi-web-artifacts/); one per view is copied to web/screenshots/ for the README.
 */
import { INestApplicationContext } from '@nestjs/common';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Driver } from 'neo4j-driver';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { AppConfig } from '../../src/config/app-config';
import { Role } from '../../src/modules/auth/role.enum';
import { demoId } from '../../src/modules/demo/demo-id';
import { DEMO_REGION } from '../../src/modules/demo/demo-region.data';
import { loadDemoIfEmpty } from '../../src/modules/demo/load-demo';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { WEB_CSP } from '../../src/web/serve-web-app';
import { createWorkerApp } from '../../workers/bootstrap';
import { startTestApi, TestApi, must } from '../support/api-client';
import { clearGraph, deleteQueueKeys, testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

const ROOT = resolve(__dirname, '..', '..');
const WEB_DIST = join(ROOT, 'web', 'dist');
const README_SHOTS = join(ROOT, 'web', 'screenshots');
const ARTIFACTS = join(tmpdir(), 'musubi-web-artifacts');
const VIEWPORT = { width: 1280, height: 800 };
/** A browser case on a loaded 2-core machine: most of it is waiting for the page. */
const CASE_MS = 180_000;
const demoUser = (role: Role) => DEMO_REGION.users.find((u) => u.role === role)!;

type NodeInfo = { id: string; kind: string; degree: number };
/** The explorer's test hook (web/src/views/explorer/GraphExplorer.tsx); the test project has no DOM types. */
type ExplorerWindow = {
  musubiExplorer?: {
    nodeCount(): number;
    edgeCount(): number;
    nodes(): NodeInfo[];
    pagePosition(id: string): { x: number; y: number } | null;
  };
};

describe('web app in a real browser', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let worker: INestApplicationContext;
  let browser: Browser;
  const tokens = {} as Record<'coordinator' | 'company' | 'manager', string>;
  const contexts: BrowserContext[] = [];
  /** Problems the page reported: console errors (CSP violations among them) and uncaught exceptions. */
  const pageProblems: string[] = [];

  /** A fresh browser context (own sessionStorage and localStorage) at the README's viewport. */
  const openPage = async (locale = 'en-US'): Promise<Page> => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale, deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    // Generous waits: on a loaded 2-core machine one GraphQL round trip can take seconds.
    page.setDefaultTimeout(90_000);
    page.on('console', (m) => {
      if (m.type() === 'error') pageProblems.push(`${m.text()}`);
    });
    page.on('pageerror', (e) => pageProblems.push(`pageerror: ${e.message}`));
    await page.goto(api.url('/'));
    return page;
  };

  const signIn = async (page: Page, role: Role) => {
    const user = demoUser(role);
    await page.fill('input[name=email]', user.email);
    await page.fill('input[name=password]', user.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=user-chip]');
  };

  const screenshot = async (page: Page, name: string, readmeName?: string) => {
    const file = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file });
    if (readmeName) copyFileSync(file, join(README_SHOTS, `${readmeName}.png`));
  };

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error('web/dist is missing: run `npm run build:web` first');
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(README_SHOTS, { recursive: true });
    config = await testConfig({ MATCH_RECONCILE_INTERVAL_MS: '3600000' });
    driver = testDriver(config);
    await clearGraph(driver);
    await loadDemoIfEmpty(config);
    api = await startTestApi(config);
    // Match the demo company's needs (not the whole demo: that takes minutes on a loaded machine).
    worker = await createWorkerApp(config);
    const company = demoUser(Role.COMPANY).link;
    for (const need of DEMO_REGION.needs.filter((n) => n.company === company)) {
      await worker.get(MatchingService).matchNeed(demoId(need.key));
    }
    tokens.coordinator = await api.signIn(demoUser(Role.COORDINATOR).email, demoUser(Role.COORDINATOR).password);
    tokens.company = await api.signIn(demoUser(Role.COMPANY).email, demoUser(Role.COMPANY).password);
    tokens.manager = await api.signIn(
      demoUser(Role.CONSORTIUM_MANAGER).email,
      demoUser(Role.CONSORTIUM_MANAGER).password,
    );
    const inbox = await must(
      api.gql<{ reviewInbox: { totalCount: number } }>(
        '{ reviewInbox(first: 1) { totalCount } }',
        {},
        tokens.coordinator,
      ),
    );
    expect(inbox.reviewInbox.totalCount).toBeGreaterThan(0);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    // A worker waits for its active jobs on close; do not let a slow one hold the suite.
    await Promise.race([worker?.close(), new Promise((r) => setTimeout(r, 15_000))]);
    await api?.close();
    if (driver) {
      await clearGraph(driver);
      await driver.close();
    }
    if (config) await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  afterEach(() => {
    // A CSP violation, a failed request or a React error shows up here, and fails the case.
    const problems = pageProblems.splice(0);
    expect(problems).toEqual([]);
  });

  it('serves the page with its security headers, caches hashed assets, and falls back to index.html', async () => {
    const page = await fetch(api.url('/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(WEB_CSP);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const asset = await fetch(api.url(script));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');

    const deep = await fetch(api.url('/some/client/route'));
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    expect((await fetch(api.url('/assets/missing-0000.js'))).status).toBe(404);
    // The API and health checks keep their own answers.
    expect((await fetch(api.url('/health'))).headers.get('content-type')).toContain('json');
    const graphqlGet = await fetch(api.url('/graphql'), { headers: { accept: 'text/html' } });
    expect(await graphqlGet.text()).not.toBe(html);
  });

  it(
    'a coordinator signs in, opens the best suggestion and shortlists it',
    async () => {
      const page = await openPage();
      await signIn(page, Role.COORDINATOR);
      await page.waitForSelector('[data-testid=inbox-item]');
      const first = page.locator('[data-testid=inbox-item]').first();
      const matchId = (await first.getAttribute('data-match-id'))!;
      await first.click();
      await page.waitForSelector('[data-testid=match-card][data-status=SUGGESTED]');
      // The shared terms are marked in the texts, not only listed.
      expect(await page.locator('[data-testid=shared-terms] mark').count()).toBeGreaterThan(0);
      expect(await page.locator('.texts mark').count()).toBeGreaterThan(0);

      await page.click('[data-testid=move-SHORTLISTED]');
      await page.click('[data-testid=confirm-move]');
      await page.waitForSelector('[data-testid=match-card][data-status=SHORTLISTED]');
      await page.waitForSelector('[data-testid=history] li');
      await screenshot(page, 'coordinator-shortlisted', 'coordinator');

      const after = await must(
        api.gql<{ match: { status: string; history: { kind: string; from: string; to: string; byName: string }[] } }>(
          'query($id: ID!) { match(id: $id) { status history { kind from to byName } } }',
          { id: matchId },
          tokens.coordinator,
        ),
      );
      expect(after.match.status).toBe('SHORTLISTED');
      expect(after.match.history).toEqual([
        { kind: 'STATUS', from: 'SUGGESTED', to: 'SHORTLISTED', byName: demoUser(Role.COORDINATOR).displayName },
      ]);
      // It left the inbox, which shows SUGGESTED matches only.
      await page.waitForSelector(`[data-testid=inbox-item][data-match-id="${matchId}"]`, { state: 'detached' });
    },
    CASE_MS,
  );

  it(
    'a company registers a need (after a validation error), then answers a match a coordinator shared',
    async () => {
      const page = await openPage();
      await signIn(page, Role.COMPANY);
      await page.waitForSelector('[data-testid=need-list] li');

      await page.click('[data-testid=new-need]');
      await page.fill(
        'textarea[name=description]',
        'ワカメの乾燥工程で出る排熱を回収し、乾燥機の燃料費を下げたい。Recover waste heat from the drying line.',
      );
      await page.fill('input[name=keywords]', '排熱回収, heat recovery, 乾燥');
      await page.click('[data-testid=save-need]');
      // The empty title is refused in the browser, next to its field; nothing was sent.
      await page.waitForSelector('[data-testid=error-title]');
      expect(await page.textContent('[data-testid=error-title]')).toBe('Required.');
      await screenshot(page, 'company-validation');

      const title = '排熱回収による乾燥コスト削減';
      await page.fill('input[name=title]', title);
      await page.click('[data-testid=save-need]');
      await page.waitForSelector('[data-testid=flash]');
      await page.waitForSelector(`[data-testid=need-list] >> text=${title}`);
      const created = await must(
        api.gql<{ needs: { edges: { node: { title: string; keywords: string[]; status: string } }[] } }>(
          'query($k: String) { needs(keyword: $k, first: 5) { edges { node { title keywords status } } } }',
          { k: title },
          tokens.company,
        ),
      );
      expect(created.needs.edges.map((e) => e.node)).toEqual([
        { title, keywords: ['排熱回収', 'heat recovery', '乾燥'], status: 'OPEN' },
      ]);

      // Later a coordinator shares one of the company's matches (through the API).
      const own = await must(
        api.gql<{ needs: { edges: { node: { id: string } }[] } }>(
          '{ needs(first: 100) { edges { node { id } } } }',
          {},
          tokens.company,
        ),
      );
      let shareId: string | undefined;
      for (const { node } of own.needs.edges) {
        const matches = await must(
          api.gql<{ matchesForNeed: { edges: { node: { id: string; status: string } }[] } }>(
            'query($id: ID!) { matchesForNeed(needId: $id, first: 5) { edges { node { id status } } } }',
            { id: node.id },
            tokens.coordinator,
          ),
        );
        shareId = matches.matchesForNeed.edges.find((e) => e.node.status === 'SUGGESTED')?.node.id;
        if (shareId) break;
      }
      expect(shareId).toBeDefined();
      const move = 'mutation($id: ID!, $to: MatchStatus!) { changeMatchStatus(matchId: $id, to: $to) { status } }';
      await must(api.gql(move, { id: shareId, to: 'SHORTLISTED' }, tokens.coordinator));
      await must(api.gql(move, { id: shareId, to: 'SHARED' }, tokens.coordinator));

      await page.reload();
      const card = page.locator(`[data-testid=shared-match][data-match-id="${shareId}"]`);
      await card.waitFor();
      await screenshot(page, 'company-shared', 'company');
      await card.locator('input[name=answerNote]').fill('ぜひ一度お話を伺いたいです。');
      await card.locator('[data-testid=answer-yes]').click();
      await card.locator('[data-testid=answer]').waitFor();
      await screenshot(page, 'company-answered');

      const answered = await must(
        api.gql<{ match: { companyAnswer: { interested: boolean; note: string } | null } }>(
          'query($id: ID!) { match(id: $id) { companyAnswer { interested note } } }',
          { id: shareId },
          tokens.coordinator,
        ),
      );
      expect(answered.match.companyAnswer).toEqual({ interested: true, note: 'ぜひ一度お話を伺いたいです。' });
    },
    CASE_MS,
  );

  it(
    'the explorer draws the demo region and expands a node on click',
    async () => {
      const page = await openPage();
      await signIn(page, Role.CONSORTIUM_MANAGER);
      await page.waitForFunction(
        () => ((globalThis as unknown as ExplorerWindow).musubiExplorer?.nodeCount() ?? 0) > 0,
      );
      const before = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).musubiExplorer!.nodes());
      expect(before.length).toBeGreaterThan(10);
      expect(
        await page.evaluate(() => (globalThis as unknown as ExplorerWindow).musubiExplorer!.edgeCount()),
      ).toBeGreaterThan(10);

      // A node whose neighbourhood holds nodes not drawn yet, found through the API the page uses.
      const drawn = new Set(before.map((n: NodeInfo) => n.id));
      const candidates = [...before]
        .filter((n: NodeInfo) => n.kind === 'ORGANIZATION')
        .sort((a: NodeInfo, b: NodeInfo) => b.degree - a.degree);
      let target: { id: string; hidden: string[] } | undefined;
      for (const node of candidates) {
        const around = await must(
          api.gql<{ networkNeighbourhood: { nodes: { id: string }[] } }>(
            'query($id: ID!) { networkNeighbourhood(nodeId: $id, depth: 1, limit: 150) { nodes { id } } }',
            { id: node.id },
            tokens.manager,
          ),
        );
        const hidden = around.networkNeighbourhood.nodes.map((n) => n.id).filter((id) => !drawn.has(id));
        if (hidden.length) {
          target = { id: node.id, hidden };
          break;
        }
      }
      expect(target).toBeDefined();

      const point = await page.evaluate(
        (id) => (globalThis as unknown as ExplorerWindow).musubiExplorer!.pagePosition(id),
        target!.id,
      );
      expect(point).not.toBeNull();
      await page.mouse.click(point!.x, point!.y);
      await page.waitForSelector('[data-testid=selected-node]');
      await page.waitForFunction(
        (n) => (globalThis as unknown as ExplorerWindow).musubiExplorer!.nodeCount() > n,
        before.length,
      );
      const after = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).musubiExplorer!.nodes());
      const afterIds = new Set(after.map((n: NodeInfo) => n.id));
      for (const id of target!.hidden) expect(afterIds.has(id)).toBe(true);
      expect(after.length).toBe(before.length + target!.hidden.length);
      await screenshot(page, 'explorer-expanded', 'explorer');

      // The KPI dashboard draws its charts on canvas.
      await page.click('[data-testid=tab-kpis]');
      await page.waitForSelector('[data-testid=kpi-dashboard] canvas');
      await page.waitForSelector('[data-testid=kpi-dashboard] .chart-grid canvas >> nth=2');
      await screenshot(page, 'explorer-kpis', 'kpis');
    },
    CASE_MS,
  );

  it(
    'switches the interface between English and Japanese and remembers the choice',
    async () => {
      const page = await openPage('en-US');
      expect(await page.textContent('h1')).toBe('Sign in');
      await page.click('[data-testid=lang-switch]');
      expect(await page.textContent('h1')).toBe('ログイン');
      expect(await page.getAttribute('html', 'lang')).toBe('ja');
      await signIn(page, Role.COORDINATOR);
      await page.waitForSelector('text=レビュー受信箱');
      await page.reload();
      await page.waitForSelector('text=レビュー受信箱');
      await screenshot(page, 'language-ja', 'coordinator-ja');
      await page.click('[data-testid=lang-switch]');
      await page.waitForSelector('text=Review inbox');

      // A browser set to Japanese starts in Japanese.
      const ja = await openPage('ja-JP');
      expect(await ja.textContent('h1')).toBe('ログイン');
    },
    CASE_MS,
  );
});
