/**
 * The coordinator's pipeline (/pipeline) in a real browser against the real API, Neo4j and a
 * matching worker on the demo region: counts per stage, the stage and the filters in the URL
 * (reload, back/forward), paging to the last match, bulk moves checked through the API, both
 * languages, a phone, and axe-core. Needs web/dist (`npm run build:web`).
 */
import type { Page } from 'playwright-core';
import { must } from '../support/api-client';
import { CASE_MS, PHONE, webSuite } from '../support/web-browser';

const STAGES = ['SUGGESTED', 'SHORTLISTED', 'SHARED', 'INTRODUCED', 'MEETING_HELD', 'AGREED', 'STALLED', 'DECLINED'];

/** The page's globals and elements the test reads; the test project has no DOM types. */
type PageElement = {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number; right: number; height: number };
};
type PageGlobals = {
  document: {
    documentElement: { scrollWidth: number };
    querySelector(selector: string): PageElement | null;
  };
};

describe('the coordinator pipeline in a real browser', () => {
  const web = webSuite();

  type Filter = Record<string, unknown>;
  /** What the API says the pipeline holds for a stage, filter and order (matchPipeline). */
  const apiPage = async ({
    status,
    filter = {},
    sort = 'SCORE',
    first = 20,
    after = null,
  }: {
    status: string;
    filter?: Filter;
    sort?: string;
    first?: number;
    after?: string | null;
  }) =>
    (
      await must(
        web.api.gql<{
          matchPipeline: {
            totalCount: number;
            pageInfo: { endCursor: string | null; hasNextPage: boolean };
            edges: { node: { id: string; status: string } }[];
          };
        }>(
          `query($filter: MatchPipelineFilter, $sort: MatchPipelineSort!, $after: String, $first: Int!) {
            matchPipeline(filter: $filter, sort: $sort, after: $after, first: $first) {
              totalCount pageInfo { endCursor hasNextPage } edges { node { id status } }
            }
          }`,
          { filter: { ...filter, statuses: [status] }, sort, first, after },
          web.tokens.coordinator,
        ),
      )
    ).matchPipeline;
  /** Every match id of a stage, in the API's order, page after page. */
  const apiIds = async (status: string, filter: Filter = {}, sort = 'SCORE') => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const next = await apiPage({ status, filter, sort, first: 100, after });
      ids.push(...next.edges.map((e) => e.node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);
    return ids;
  };

  const tabCount = async (page: Page, stage: string) =>
    Number(await page.getAttribute(`[data-testid=stage-${stage}]`, 'data-count'));
  const countsShown = async (page: Page) => {
    await page.waitForSelector('[data-testid=stage-DECLINED][data-count]:not([data-count=""])');
    return Object.fromEntries(await Promise.all(STAGES.map(async (s) => [s, await tabCount(page, s)] as const)));
  };
  /** Each stage's totalCount from matchPipeline (not the counts query the tabs use). */
  const countsOfApi = async (filter: Filter = {}) =>
    Object.fromEntries(
      await Promise.all(
        STAGES.map(async (s) => [s, (await apiPage({ status: s, filter, first: 1 })).totalCount] as const),
      ),
    );
  const pathAndQuery = (page: Page) => {
    const url = new URL(page.url());
    return url.pathname + url.search;
  };
  const rowIds = (page: Page) =>
    page
      .locator('[data-testid=pipeline-row]')
      .evaluateAll((rows) => (rows as unknown as PageElement[]).map((r) => r.getAttribute('data-match-id')!));

  it(
    'lists the suggestions with a count per stage, the best first',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      expect(pathAndQuery(page)).toBe('/pipeline');
      expect(await page.title()).toBe('Pipeline · Musubi');
      expect(await page.getAttribute('[data-testid=stage-SUGGESTED]', 'aria-current')).toBe('page');

      const counts = await countsShown(page);
      expect(counts).toEqual(await countsOfApi());
      expect(counts.SUGGESTED).toBeGreaterThan(0);
      const first = await apiPage({ status: 'SUGGESTED' });
      expect((await rowIds(page)).slice(0, first.edges.length)).toEqual(first.edges.map((e) => e.node.id));
      expect(await page.textContent('[data-testid=pipeline-shown]')).toBe(
        `${Math.min(25, first.totalCount)} of ${first.totalCount} shown`,
      );
      // Each row names the need, links to the match's page, and shows the target and its company.
      const row = page.locator('[data-testid=pipeline-row]').first();
      // The match page's back link returns to this very address (its stage, filters and sort).
      const here = new URL(page.url());
      expect(await row.locator('[data-testid=row-link]').getAttribute('href')).toBe(
        `/matches/${first.edges[0].node.id}?${new URLSearchParams({ from: here.pathname + here.search }).toString()}`,
      );
      expect((await row.locator('.row-target').textContent())!.length).toBeGreaterThan(3);
      expect((await row.locator('.row-company').textContent())!.length).toBeGreaterThan(1);
      await web.screenshot(page, 'pipeline-en', 'coordinator');
    },
    CASE_MS,
  );

  it(
    'keeps the stage tab and the filters in the URL through reload and back/forward',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');

      await page.selectOption('[data-testid=filter-kind]', 'SEED');
      await page.waitForURL((url) => url.search === '?kind=SEED');
      const seeds = await apiPage({ status: 'SUGGESTED', filter: { kind: 'SEED' } });
      await page.waitForSelector(
        `[data-testid=pipeline-shown]:text-is("${Math.min(25, seeds.totalCount)} of ${seeds.totalCount} shown")`,
      );
      expect(await page.locator('.pipeline-row .kind-tag').allTextContents()).toEqual(
        Array(Math.min(25, seeds.totalCount)).fill('Seed'),
      );
      expect(await countsShown(page)).toEqual(await countsOfApi({ kind: 'SEED' }));

      await page.click('[data-testid=stage-DECLINED]');
      await page.waitForURL((url) => url.search === '?kind=SEED&stage=DECLINED');
      await page.waitForSelector('[data-testid=stage-DECLINED][aria-current=page]');

      await page.reload();
      await page.waitForSelector('[data-testid=stage-DECLINED][aria-current=page]');
      expect(await page.inputValue('[data-testid=filter-kind]')).toBe('SEED');

      await page.goBack();
      await page.waitForSelector('[data-testid=stage-SUGGESTED][aria-current=page]');
      expect(pathAndQuery(page)).toBe('/pipeline?kind=SEED');
      expect(await page.inputValue('[data-testid=filter-kind]')).toBe('SEED');
      await page.goBack();
      await page.waitForFunction(
        () => (globalThis as unknown as { location: { search: string } }).location.search === '',
      );
      expect(await page.inputValue('[data-testid=filter-kind]')).toBe('');
      await page.goForward();
      await page.waitForURL((url) => url.search === '?kind=SEED');
      expect(await page.inputValue('[data-testid=filter-kind]')).toBe('SEED');

      // A pasted link opens on its stage and filters; typing a score replaces the entry, not adds one.
      const pasted = await web.openPage({ path: '/pipeline?stage=SHORTLISTED&kind=EQUIPMENT' });
      await web.signIn(pasted, 'coordinator');
      await pasted.waitForSelector('[data-testid=stage-SHORTLISTED][aria-current=page]');
      expect(await pasted.inputValue('[data-testid=filter-kind]')).toBe('EQUIPMENT');
      const before = await pasted.evaluate(
        () => (globalThis as unknown as { history: { length: number } }).history.length,
      );
      await pasted.fill('[data-testid=filter-min-score]', '40');
      await pasted.waitForURL((url) => url.searchParams.get('min') === '40');
      expect(
        await pasted.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length),
      ).toBe(before);
    },
    CASE_MS,
  );

  it(
    'sends the search, the order and every filter to the API, each kept in the URL',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      const rowsShown = async (ids: string[]) => {
        await page.waitForSelector(
          `[data-testid=pipeline-shown]:text-is("${Math.min(25, ids.length)} of ${ids.length} shown")`,
        );
        expect(await rowIds(page)).toEqual(ids.slice(0, 25));
      };
      const history = () =>
        page.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length);

      // Assigned to me: one suggestion assigned through the API shows alone, with the assignee's name.
      const { me } = await must(
        web.api.gql<{ me: { linkedId: string } }>('{ me { linkedId } }', {}, web.tokens.coordinator),
      );
      const [assigned] = await apiIds('SUGGESTED');
      const { assignMatch } = await must(
        web.api.gql<{ assignMatch: { assignedCoordinatorId: string } }>(
          'mutation($c: ID!, $m: ID!) { assignMatch(coordinatorId: $c, matchId: $m) { assignedCoordinatorId } }',
          { c: me.linkedId, m: assigned },
          web.tokens.coordinator,
        ),
      );
      expect(assignMatch.assignedCoordinatorId).toBe(me.linkedId);
      const { coordinator } = await must(
        web.api.gql<{ coordinator: { name: string } }>(
          'query($id: ID!) { coordinator(id: $id) { name } }',
          { id: me.linkedId },
          web.tokens.coordinator,
        ),
      );
      await page.selectOption('[data-testid=filter-assignee]', 'me');
      await page.waitForURL((url) => url.search === '?assignee=me');
      await rowsShown([assigned]);
      expect(await page.textContent('[data-testid=row-assignee]')).toBe(`Assigned to ${coordinator.name}`);
      expect(await countsShown(page)).toEqual(await countsOfApi({ assignedToMe: true }));
      await page.click('[data-testid=filter-clear]');
      await page.waitForURL((url) => url.search === '');

      // Typing a search replaces the history entry; the rows are the API's for those words.
      const [top] = (await apiPage({ status: 'SUGGESTED', first: 1 })).edges;
      const words = (await page.textContent(`[data-match-id="${top.node.id}"] [data-testid=row-link]`))!.slice(0, 6);
      const entries = await history();
      await page.fill('[data-testid=filter-search]', words);
      await page.waitForURL((url) => url.searchParams.get('q') === words);
      expect(await history()).toBe(entries);
      await rowsShown(await apiIds('SUGGESTED', { search: words }));
      expect(await countsShown(page)).toEqual(await countsOfApi({ search: words }));

      // The order: newest first, as the API orders it.
      await page.selectOption('[data-testid=filter-sort]', 'newest');
      await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
      await rowsShown(await apiIds('SUGGESTED', { search: words }, 'NEWEST'));
      await page.reload();
      expect(await page.inputValue('[data-testid=filter-search]')).toBe(words);
      expect(await page.inputValue('[data-testid=filter-sort]')).toBe('newest');
      await rowsShown(await apiIds('SUGGESTED', { search: words }, 'NEWEST'));

      // A company, then one of its needs (the need list follows the company).
      await page.click('[data-testid=filter-clear]');
      await page.waitForURL((url) => url.search === '?sort=newest');
      await page.waitForSelector('[data-testid=filter-company] option:nth-child(2)', { state: 'attached' });
      const companyId = await page.getAttribute('[data-testid=filter-company] option:nth-child(2)', 'value');
      expect(companyId).toMatch(/^[0-9a-f-]{36}$/);
      await page.selectOption('[data-testid=filter-company]', companyId);
      await page.waitForURL((url) => url.searchParams.get('company') === companyId);
      const byCompany = await countsOfApi({ companyId });
      await page.waitForSelector(`[data-testid=stage-SUGGESTED][data-count="${byCompany.SUGGESTED}"]`);
      expect(await countsShown(page)).toEqual(byCompany);
      await page.waitForSelector('[data-testid=filter-need] option:nth-child(2)', { state: 'attached' });
      const needId = await page.getAttribute('[data-testid=filter-need] option:nth-child(2)', 'value');
      const { need } = await must(
        web.api.gql<{ need: { company: { id: string } } }>(
          'query($id: ID!) { need(id: $id) { company { id } } }',
          { id: needId },
          web.tokens.coordinator,
        ),
      );
      expect(need.company.id).toBe(companyId);
      expect(needId).toMatch(/^[0-9a-f-]{36}$/);
      await page.selectOption('[data-testid=filter-need]', needId);
      await page.waitForURL((url) => url.searchParams.get('need') === needId);
      const byNeed = await countsOfApi({ companyId, needId });
      await page.waitForSelector(`[data-testid=stage-SUGGESTED][data-count="${byNeed.SUGGESTED}"]`);
      expect(await countsShown(page)).toEqual(byNeed);
      await rowsShown(await apiIds('SUGGESTED', { companyId, needId }, 'NEWEST'));

      // Stalled only, a filter of its own beside the stage tabs.
      await page.check('[data-testid=filter-stalled]');
      await page.waitForURL((url) => url.searchParams.get('stalled') === '1');
      const stalled = await countsOfApi({ companyId, needId, stalledOnly: true });
      await page.waitForSelector(`[data-testid=stage-SUGGESTED][data-count="${stalled.SUGGESTED}"]`);
      expect(await countsShown(page)).toEqual(stalled);
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('stalled'));
      expect(await page.isChecked('[data-testid=filter-stalled]')).toBe(false);
      await rowsShown(await apiIds('SUGGESTED', { companyId, needId }, 'NEWEST'));
      await web.screenshot(page, 'pipeline-filters');
    },
    CASE_MS,
  );

  it(
    'pages to the last suggestion',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      const total = (await apiPage({ status: 'SUGGESTED', first: 1 })).totalCount;
      expect(total).toBeGreaterThan(25);

      let pages = 1;
      while (await page.locator('[data-testid=pipeline-more]').count()) {
        const shown = await page.locator('[data-testid=pipeline-row]').count();
        await page.click('[data-testid=pipeline-more]');
        await page.waitForFunction(
          (n) =>
            (globalThis as unknown as PageGlobals).document.querySelector(
              `[data-testid=pipeline-row]:nth-child(${n + 1})`,
            ) !== null,
          shown,
        );
        pages += 1;
      }
      expect(pages).toBe(Math.ceil(total / 25));
      const ids = await rowIds(page);
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
      // The same matches, in the same order, as the API's pages.
      expect(ids).toEqual(await apiIds('SUGGESTED'));
      expect(await page.textContent('[data-testid=pipeline-shown]')).toBe(`${total} of ${total} shown`);
    },
    CASE_MS,
  );

  it(
    'shortlists several suggestions at once, and declines several with one reason',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      const before = await countsShown(page);
      const ids = (await rowIds(page)).slice(0, 3);
      for (const id of ids)
        await page.check(`[data-testid=pipeline-row][data-match-id="${id}"] [data-testid=row-select]`);
      await page.waitForSelector('[data-testid=bulk-bar] >> text=3 selected');
      await page.click('[data-testid=bulk-shortlist]');
      await page.waitForSelector('[data-testid=pipeline-flash] >> text=3 moved to Shortlisted.');
      for (const id of ids) await page.waitForSelector(`[data-match-id="${id}"]`, { state: 'detached' });
      const statuses = async (matchIds: string[]) =>
        Promise.all(
          matchIds.map(
            async (id) =>
              (
                await must(
                  web.api.gql<{ match: { status: string; declineReason: string | null; note: string | null } }>(
                    'query($id: ID!) { match(id: $id) { status declineReason note } }',
                    { id },
                    web.tokens.coordinator,
                  ),
                )
              ).match,
          ),
        );
      expect((await statuses(ids)).map((m) => m.status)).toEqual(['SHORTLISTED', 'SHORTLISTED', 'SHORTLISTED']);
      await page.waitForSelector(`[data-testid=stage-SHORTLISTED][data-count="${before.SHORTLISTED + 3}"]`);
      expect(await tabCount(page, 'SUGGESTED')).toBe(before.SUGGESTED - 3);

      // Two of them declined together: the reason is required (said by the app, beside the field),
      // and "Other" needs a note.
      await page.click('[data-testid=stage-SHORTLISTED]');
      await page.waitForSelector('[data-testid=stage-SHORTLISTED][aria-current=page]');
      for (const id of ids.slice(0, 2))
        await page.check(`[data-testid=pipeline-row][data-match-id="${id}"] [data-testid=row-select]`);
      await page.click('[data-testid=bulk-decline]');
      await page.click('[data-testid=bulk-confirm-decline]');
      await page.waitForSelector('#bulk-reason-error >> text=Choose a reason.');
      await page.selectOption('[data-testid=bulk-reason]', 'OTHER');
      await page.click('[data-testid=bulk-confirm-decline]');
      await page.waitForSelector('#bulk-note-error >> text=A note is required when the reason is Other.');
      await web.screenshot(page, 'pipeline-bulk-decline');
      await page.fill('[data-testid=bulk-note]', '同じ研究室に既に相談済み');
      await page.click('[data-testid=bulk-confirm-decline]');
      await page.waitForSelector('[data-testid=pipeline-flash] >> text=2 moved to Declined.');
      expect(await statuses(ids)).toEqual([
        { status: 'DECLINED', declineReason: 'OTHER', note: '同じ研究室に既に相談済み' },
        { status: 'DECLINED', declineReason: 'OTHER', note: '同じ研究室に既に相談済み' },
        { status: 'SHORTLISTED', declineReason: null, note: null },
      ]);
      expect(await rowIds(page)).toContain(ids[2]);
    },
    CASE_MS,
  );

  it(
    'speaks Japanese',
    async () => {
      const page = await web.openPage({ locale: 'ja-JP' });
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      expect(await page.textContent('h1')).toBe('パイプライン');
      expect(await page.title()).toBe('パイプライン · Musubi 結び');
      expect(await page.textContent('[data-testid=stage-SHORTLISTED] .stage-name')).toBe('候補');
      expect(await page.textContent('[data-testid=pipeline-shown]')).toMatch(/^\d+ 件中 \d+ 件を表示$/);
      await page.waitForSelector('[data-testid=stage-DECLINED][data-count]:not([data-count=""])');
      await web.screenshot(page, 'pipeline-ja', 'coordinator-ja');
      await page.click('[data-testid=lang-switch]');
      expect(await page.textContent('h1')).toBe('Pipeline');
    },
    CASE_MS,
  );

  it(
    'fits a 390x844 phone: no horizontal scrolling, a header on one line per item, a tapped match opens in view',
    async () => {
      const page = await web.openPage({ viewport: PHONE });
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      await page.waitForSelector('[data-testid=stage-DECLINED][data-count]:not([data-count=""])');
      const fits = () =>
        page.evaluate(() => {
          const doc = (globalThis as unknown as PageGlobals).document;
          const box = (selector: string) => {
            const rect = doc.querySelector(selector)!.getBoundingClientRect();
            return { right: rect.right, height: rect.height };
          };
          return {
            scrollWidth: doc.documentElement.scrollWidth,
            header: box('.header'),
            chip: box('[data-testid=user-chip]'),
            lang: box('[data-testid=lang-switch]'),
            signOut: box('[data-testid=sign-out]'),
          };
        });
      const layout = await fits();
      expect(layout.scrollWidth).toBeLessThanOrEqual(390);
      expect(layout.header.right).toBeLessThanOrEqual(390);
      for (const item of [layout.chip, layout.lang, layout.signOut]) {
        expect(item.right).toBeLessThanOrEqual(390);
        // One line of text: a wrapped button or chip is twice as tall.
        expect(item.height).toBeLessThan(40);
      }
      await web.screenshot(page, 'pipeline-phone', 'coordinator-phone');

      // With a selection, the bulk bar fits too.
      await page.check('[data-testid=pipeline-row] >> nth=0 >> [data-testid=row-select]');
      await page.click('[data-testid=bulk-decline]');
      expect((await fits()).scrollWidth).toBeLessThanOrEqual(390);
      await web.screenshot(page, 'pipeline-phone-bulk');
      expect(await web.accessibilityProblems(page)).toEqual([]);

      const link = page.locator('[data-testid=pipeline-row] >> nth=3 >> [data-testid=row-link]');
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL((url) => url.pathname + url.search === href);
      await page.waitForSelector('[data-testid=match-page]');
      const top = await page
        .locator('[data-testid=match-page]')
        .evaluate((el) => (el as unknown as PageElement).getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(PHONE.height);
      await page.goBack();
      await page.waitForSelector('[data-testid=pipeline-row]');
    },
    CASE_MS,
  );

  it(
    'has no serious or critical accessibility violation (axe-core)',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'coordinator');
      await page.waitForSelector('[data-testid=pipeline-row]');
      await page.waitForSelector('[data-testid=stage-DECLINED][data-count]:not([data-count=""])');
      await page.check('[data-testid=pipeline-row] >> nth=0 >> [data-testid=row-select]');
      await page.click('[data-testid=bulk-decline]');
      expect(await web.accessibilityProblems(page)).toEqual([]);
    },
    CASE_MS,
  );
});
