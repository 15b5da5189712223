/**
 * The browser tests' shared harness: the real API, Neo4j and a matching worker on the demo region,
 * Debian's Chromium driven by playwright-core, and the demo accounts signed in through the API.
 * Call `webSuite()` inside a describe: it registers the hooks and returns what the cases use. Every
 * page's console errors and uncaught exceptions fail the case that caused them (afterEach).
 * Needs web/dist: `npm test` builds it first (`npm run build:web`).
 */
import { INestApplicationContext } from '@nestjs/common';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
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
import { createWorkerApp } from '../../workers/bootstrap';
import { must, startTestApi, TestApi } from './api-client';
import { clearGraph, deleteQueueKeys, testDriver } from './services';
import { testConfig } from './test-env';

const ROOT = resolve(__dirname, '..', '..');
const WEB_DIST = join(ROOT, 'web', 'dist');
const README_SHOTS = join(ROOT, 'web', 'screenshots');
const ARTIFACTS = join(tmpdir(), 'musubi-web-artifacts');
/** The README's desktop viewport, and the phone the issue names. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** A browser case on a loaded 2-core machine: most of it is waiting for the page. */
export const CASE_MS = 180_000;

/** axe-core's browser build, injected into a page (it is a file, not a module the page loads). */
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
type AxeViolation = { id: string; impact: string | null; nodes: { target: string[] }[] };

export type DemoRole = 'coordinator' | 'company' | 'manager';
const ROLE_OF: Record<DemoRole, Role> = {
  coordinator: Role.COORDINATOR,
  company: Role.COMPANY,
  manager: Role.CONSORTIUM_MANAGER,
};
export const demoUser = (role: Role) => DEMO_REGION.users.find((u) => u.role === role)!;

export interface WebSuite {
  readonly api: TestApi;
  readonly config: AppConfig;
  readonly driver: Driver;
  readonly worker: INestApplicationContext;
  /** Bearer tokens of the demo coordinator, company and manager. */
  readonly tokens: Record<DemoRole, string>;
  /** A fresh browser context (own storage) at `path`, desktop unless a viewport is given. */
  openPage(options?: { locale?: string; viewport?: { width: number; height: number }; path?: string }): Promise<Page>;
  /** Signs in on the sign-in form as the demo user of `role` and waits for the header's user chip. */
  signIn(page: Page, role: DemoRole): Promise<void>;
  /** Saves a screenshot under the OS temp folder; with readmeName, also to web/screenshots/ for the README. */
  screenshot(page: Page, name: string, readmeName?: string): Promise<void>;
  /** axe-core's serious and critical violations on the page as it is now (rule id: how many nodes). */
  accessibilityProblems(page: Page): Promise<string[]>;
  /** A SUGGESTED seed match of one of the demo company's needs, found as the coordinator sees them. */
  suggestedMatch(): Promise<{ matchId: string; needId: string }>;
}

export function webSuite(
  options: { env?: Record<string, string>; matchNeedsOf?: 'demo-company' | 'none' } = {},
): WebSuite {
  const contexts: BrowserContext[] = [];
  const pageProblems: string[] = [];
  let browser: Browser;
  const suite = { tokens: {} as Record<DemoRole, string> } as {
    -readonly [K in keyof WebSuite]: WebSuite[K];
  };

  suite.openPage = async ({ locale = 'en-US', viewport = DESKTOP, path = '/' } = {}) => {
    const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    // Generous waits: on a loaded 2-core machine one GraphQL round trip can take seconds.
    page.setDefaultTimeout(90_000);
    page.on('console', (m) => {
      if (m.type() === 'error') pageProblems.push(`${m.text()}`);
    });
    page.on('pageerror', (e) => pageProblems.push(`pageerror: ${e.message}`));
    await page.goto(suite.api.url(path));
    return page;
  };

  suite.signIn = async (page, role) => {
    const user = demoUser(ROLE_OF[role]);
    await page.fill('input[name=email]', user.email);
    await page.fill('input[name=password]', user.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=user-chip]');
  };

  suite.screenshot = async (page, name, readmeName) => {
    const file = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file });
    if (readmeName) copyFileSync(file, join(README_SHOTS, `${readmeName}.png`));
  };

  suite.accessibilityProblems = async (page) => {
    // Evaluated through the DevTools protocol: a script tag would be inline script, which the page's CSP refuses.
    if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run()).violations;
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
  };

  suite.suggestedMatch = async () => {
    const own = await must(
      suite.api.gql<{ needs: { edges: { node: { id: string } }[] } }>(
        '{ needs(first: 100) { edges { node { id } } } }',
        {},
        suite.tokens.company,
      ),
    );
    for (const { node } of own.needs.edges) {
      const matches = await must(
        suite.api.gql<{ matchesForNeed: { edges: { node: { id: string; status: string } }[] } }>(
          'query($id: ID!) { matchesForNeed(needId: $id, first: 20, kind: SEED) { edges { node { id status } } } }',
          { id: node.id },
          suite.tokens.coordinator,
        ),
      );
      const found = matches.matchesForNeed.edges.find((e) => e.node.status === 'SUGGESTED');
      if (found) return { matchId: found.node.id, needId: node.id };
    }
    throw new Error('no SUGGESTED seed match among the demo company’s needs');
  };

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error('web/dist is missing: run `npm run build:web` first');
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(README_SHOTS, { recursive: true });
    suite.config = await testConfig({ MATCH_RECONCILE_INTERVAL_MS: '3600000', ...options.env });
    suite.driver = testDriver(suite.config);
    await clearGraph(suite.driver);
    await loadDemoIfEmpty(suite.config);
    suite.api = await startTestApi(suite.config);
    suite.worker = await createWorkerApp(suite.config);
    if ((options.matchNeedsOf ?? 'demo-company') === 'demo-company') {
      // Match the demo company's needs (not the whole demo: that takes minutes on a loaded machine).
      const company = demoUser(Role.COMPANY).link;
      for (const need of DEMO_REGION.needs.filter((n) => n.company === company)) {
        await suite.worker.get(MatchingService).matchNeed(demoId(need.key));
      }
    }
    for (const role of Object.keys(ROLE_OF) as DemoRole[]) {
      const user = demoUser(ROLE_OF[role]);
      suite.tokens[role] = await suite.api.signIn(user.email, user.password);
    }
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
    await Promise.race([suite.worker?.close(), new Promise((r) => setTimeout(r, 15_000))]);
    await suite.api?.close();
    if (suite.driver) {
      await clearGraph(suite.driver);
      await suite.driver.close();
    }
    if (suite.config) await deleteQueueKeys(suite.config.redis.url, suite.config.queue.prefix);
  });

  afterEach(() => {
    // A CSP violation, a failed request or a React error shows up here, and fails the case.
    const problems = pageProblems.splice(0);
    expect(problems).toEqual([]);
  });

  return suite;
}
