/**
 * The web app end to end, in a real browser (Debian's chromium driven by playwright-core) against
 * the real API, Neo4j and a matching worker, on the demo region. Needs web/dist: `npm test` builds
 * it first (`npm run build:web`). Each case saves a screenshot under the OS temp folder
 * (musubi-web-artifacts/); one per view is copied to web/screenshots/ for the README.
 */
import { Role } from '../../src/modules/auth/role.enum';
import { WEB_CSP } from '../../src/web/serve-web-app';
import { must } from '../support/api-client';
import { CASE_MS, demoUser, webSuite } from '../support/web-browser';

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
  const web = webSuite();

  it('serves the page with its security headers, caches hashed assets, and falls back to index.html', async () => {
    const page = await fetch(web.api.url('/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(WEB_CSP);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const asset = await fetch(web.api.url(script));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');

    const deep = await fetch(web.api.url('/some/client/route'));
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    expect((await fetch(web.api.url('/assets/missing-0000.js'))).status).toBe(404);
    // The API and health checks keep their own answers.
    expect((await fetch(web.api.url('/health'))).headers.get('content-type')).toContain('json');
    const graphqlGet = await fetch(web.api.url('/graphql'), { headers: { accept: 'text/html' } });
    expect(await graphqlGet.text()).not.toBe(html);
  });

  it(
    'a coordinator signs in, opens the best suggestion and shortlists it',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      const first = page.locator('[data-testid=pipeline-row]').first();
      const matchId = (await first.getAttribute('data-match-id'))!;
      await first.locator('[data-testid=row-link]').click();
      await page.waitForSelector('[data-testid=match-page][data-status=SUGGESTED]');
      // The shared terms are marked in the texts, not only listed.
      expect(await page.locator('[data-testid=shared-terms] mark').count()).toBeGreaterThan(0);
      expect(
        await page.locator('[data-testid=need-text] mark, [data-testid=target-text] mark').count(),
      ).toBeGreaterThan(0);

      await page.click('[data-testid=move-SHORTLISTED]');
      await page.click('[data-testid=confirm-move]');
      await page.waitForSelector('[data-testid=match-page][data-status=SHORTLISTED]');
      await page.waitForSelector('[data-testid=history] li');
      await web.screenshot(page, 'coordinator-shortlisted');

      const after = await must(
        web.api.gql<{
          match: { status: string; history: { kind: string; from: string; to: string; byName: string }[] };
        }>(
          'query($id: ID!) { match(id: $id) { status history { kind from to byName } } }',
          { id: matchId },
          web.tokens.coordinator,
        ),
      );
      expect(after.match.status).toBe('SHORTLISTED');
      expect(after.match.history).toEqual([
        { kind: 'STATUS', from: 'SUGGESTED', to: 'SHORTLISTED', byName: demoUser(Role.COORDINATOR).displayName },
      ]);
      // Back in the pipeline, it left the suggestions and shows among the shortlisted.
      await page.goBack();
      await page.waitForSelector('[data-testid=stage-SUGGESTED][aria-current=page]');
      await page.waitForSelector('[data-testid=pipeline-row]');
      expect(await page.locator(`[data-testid=pipeline-row][data-match-id="${matchId}"]`).count()).toBe(0);
      await page.click('[data-testid=stage-SHORTLISTED]');
      await page.waitForSelector(`[data-testid=pipeline-row][data-match-id="${matchId}"]`);
    },
    CASE_MS,
  );

  it(
    'a company registers a need (after a validation error), then answers a match a coordinator shared',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'company');
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
      await web.screenshot(page, 'company-validation');

      const title = '排熱回収による乾燥コスト削減';
      await page.fill('input[name=title]', title);
      await page.click('[data-testid=save-need]');
      await page.waitForSelector('[data-testid=flash]');
      // The saved screen leads back to the list, which shows the new need.
      await page.click('[data-testid=flash] >> text=Back to our needs');
      await page.waitForSelector(`[data-testid=need-list] >> text=${title}`);
      const created = await must(
        web.api.gql<{ needs: { edges: { node: { title: string; keywords: string[]; status: string } }[] } }>(
          'query($k: String) { needs(keyword: $k, first: 5) { edges { node { title keywords status } } } }',
          { k: title },
          web.tokens.company,
        ),
      );
      expect(created.needs.edges.map((e) => e.node)).toEqual([
        { title, keywords: ['排熱回収', 'heat recovery', '乾燥'], status: 'OPEN' },
      ]);

      // Later a coordinator shares one of the company's matches (through the API).
      const { matchId: shareId, needId: shareNeedId } = await web.suggestedMatch();
      const move = 'mutation($id: ID!, $to: MatchStatus!) { changeMatchStatus(matchId: $id, to: $to) { status } }';
      await must(web.api.gql(move, { id: shareId, to: 'SHORTLISTED' }, web.tokens.coordinator));
      await must(web.api.gql(move, { id: shareId, to: 'SHARED' }, web.tokens.coordinator));

      // The need's page (from the list) shows the shared match.
      await page.reload();
      await page.click(`[data-testid=need-list] li[data-need-id="${shareNeedId}"] a`);
      const card = page.locator(`[data-testid=shared-match][data-match-id="${shareId}"]`);
      await card.waitFor();
      await web.screenshot(page, 'company-shared');
      await card.locator('input[name=answerNote]').fill('ぜひ一度お話を伺いたいです。');
      await card.locator('[data-testid=answer-yes]').click();
      await card.locator('[data-testid=answer]').waitFor();
      await web.screenshot(page, 'company-answered');

      const answered = await must(
        web.api.gql<{ match: { companyAnswer: { interested: boolean; note: string } | null } }>(
          'query($id: ID!) { match(id: $id) { companyAnswer { interested note } } }',
          { id: shareId },
          web.tokens.coordinator,
        ),
      );
      expect(answered.match.companyAnswer).toEqual({ interested: true, note: 'ぜひ一度お話を伺いたいです。' });
    },
    CASE_MS,
  );

  it(
    'the explorer draws the demo region and expands a node on click',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'manager');
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
          web.api.gql<{ networkNeighbourhood: { nodes: { id: string }[] } }>(
            'query($id: ID!) { networkNeighbourhood(nodeId: $id, depth: 1, limit: 150) { nodes { id } } }',
            { id: node.id },
            web.tokens.manager,
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
      await web.screenshot(page, 'explorer-expanded', 'explorer');
      expect(await web.accessibilityProblems(page)).toEqual([]);

      // The KPI dashboard draws its charts on canvas.
      await page.click('[data-testid=nav-kpis]');
      await page.waitForSelector('[data-testid=kpi-dashboard] canvas');
      await page.waitForSelector('[data-testid=kpi-dashboard] .chart-grid canvas >> nth=2');
      await web.screenshot(page, 'explorer-kpis', 'kpis');
      expect(await web.accessibilityProblems(page)).toEqual([]);
    },
    CASE_MS,
  );

  it(
    'switches the interface between English and Japanese and remembers the choice',
    async () => {
      const page = await web.openPage({ locale: 'en-US' });
      expect(await page.textContent('h1')).toBe('Sign in');
      expect(await page.title()).toBe('Sign in · Musubi');
      expect(await web.accessibilityProblems(page)).toEqual([]);
      await page.click('[data-testid=lang-switch]');
      expect(await page.textContent('h1')).toBe('ログイン');
      expect(await web.accessibilityProblems(page)).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe('ja');
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('h1:text-is("パイプライン")');
      await page.reload();
      await page.waitForSelector('h1:text-is("パイプライン")');
      await web.screenshot(page, 'language-ja');
      await page.click('[data-testid=lang-switch]');
      await page.waitForSelector('h1:text-is("Pipeline")');

      // A browser set to Japanese starts in Japanese.
      const ja = await web.openPage({ locale: 'ja-JP' });
      expect(await ja.textContent('h1')).toBe('ログイン');
    },
    CASE_MS,
  );
});
