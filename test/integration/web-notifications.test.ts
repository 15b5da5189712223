/**
 * Notifications in the web app, in a real browser against the real API, Neo4j and a matching worker
 * on the demo region (test/support/web-browser.ts): the header's bell counts what is unread from
 * sign-in (the demo's matching run told the coordinator of its new suggestions), a company's answer
 * made through the API reaches an open tab live, opening a notification goes to its object and
 * marks it read, "mark all read"; Japanese on a phone; axe-core on the list.
 */
import { Locator, Page, WebSocket } from 'playwright-core';
import { must } from '../support/api-client';
import { matchingQueueDrained } from '../support/services';
import { CASE_MS, PHONE, webSuite } from '../support/web-browser';

/** The list's page size (web/src/views/notifications/NotificationsPage.tsx). */
const PAGE_SIZE = 20;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Listed = { id: string; kind: string; readAt: string | null; matchId: string | null; needId: string | null };

describe('notifications in the web app', () => {
  const web = webSuite();

  // The worker's reconciliation at boot matches the whole demo: once it is done, no suggestion
  // arrives unasked, and the coordinator's count is known.
  beforeAll(() => matchingQueueDrained(web.config, 300_000), 320_000);

  const unreadCount = async (token: string) =>
    (await must(web.api.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, token)))
      .unreadNotificationCount;
  const listed = async (token: string) =>
    (
      await must(
        web.api.gql<{ notifications: { edges: { node: Listed }[] } }>(
          '{ notifications(first: 100) { edges { node { id kind readAt matchId needId } } } }',
          {},
          token,
        ),
      )
    ).notifications.edges.map((e) => e.node);
  const attributes = async (list: Locator, name: string) =>
    Promise.all((await list.all()).map((item) => item.getAttribute(name)));
  const bell = (page: Page) => page.locator('[data-testid=notification-bell]');
  /** Waits until the bell's accessible name is `name` (the count is in it). */
  const bellNamed = (page: Page, name: string) =>
    page.getByRole('link', { name, exact: true }).and(bell(page)).waitFor();

  /** A SUGGESTED match of one of the demo company's needs, shortlisted and shared by the coordinator. */
  async function shareOneMatch(): Promise<{ matchId: string; needId: string; companyName: string }> {
    const { matchId, needId } = await web.suggestedMatch();
    const move = 'mutation($id: ID!, $to: MatchStatus!) { changeMatchStatus(matchId: $id, to: $to) { status } }';
    await must(web.api.gql(move, { id: matchId, to: 'SHORTLISTED' }, web.tokens.coordinator));
    const sharedMatch = await must(
      web.api.gql<{ changeMatchStatus: { need: { company: { name: string } } } }>(
        'mutation($id: ID!) { changeMatchStatus(matchId: $id, to: SHARED) { need { company { name } } } }',
        { id: matchId },
        web.tokens.coordinator,
      ),
    );
    return { matchId, needId, companyName: sharedMatch.changeMatchStatus.need.company.name };
  }
  const answer = (matchId: string, interested: boolean) =>
    must(
      web.api.gql(
        'mutation($id: ID!, $yes: Boolean!) { answerMatch(matchId: $id, interested: $yes) { id } }',
        { id: matchId, yes: interested },
        web.tokens.company,
      ),
    );

  let shared: { matchId: string; needId: string; companyName: string };

  it(
    'the coordinator sees the unread count on sign-in; an answer raises it live; opening it goes to the match; mark all read',
    async () => {
      // The demo's matching run (the harness's beforeAll) told the coordinator of new suggestions.
      const atSignIn = await unreadCount(web.tokens.coordinator);
      expect(atSignIn).toBeGreaterThan(0);
      expect((await listed(web.tokens.coordinator)).every((n) => n.kind === 'NEW_SUGGESTIONS')).toBe(true);

      const page = await web.openPage();
      const sockets: WebSocket[] = [];
      page.on('websocket', (socket) => sockets.push(socket));
      await web.signIn(page, 'coordinator');
      await bellNamed(page, `Notifications, ${atSignIn} unread`);
      expect(await bell(page).getAttribute('data-unread')).toBe(String(atSignIn));
      await page.locator('[data-testid=notification-bell][data-live=connected]').waitFor();

      // The company answers a shared match through the API; the open tab hears of it without a reload.
      await page.evaluate(() => Object.assign(globalThis, { notReloaded: true }));
      shared = await shareOneMatch();
      await answer(shared.matchId, true);
      await bellNamed(page, `Notifications, ${atSignIn + 1} unread`);
      expect(await page.evaluate(() => (globalThis as { notReloaded?: boolean }).notReloaded)).toBe(true);
      await web.screenshot(page, 'notifications-bell');

      // The list: newest first, the answer on top, unread, in words, linked to its match page.
      await bell(page).click();
      await page.waitForURL((url) => url.pathname === '/notifications');
      const items = page.locator('[data-testid=notification]');
      await items.first().waitFor();
      expect(await page.title()).toMatch(/^Notifications · /);
      const stored = await listed(web.tokens.coordinator);
      const shownIds = () => attributes(items, 'data-id');
      expect(await shownIds()).toEqual(stored.slice(0, PAGE_SIZE).map((n) => n.id));
      // Older ones page on with the API's cursor, to the last.
      while (await page.locator('[data-testid=notifications-more]').isVisible()) {
        const before = await items.count();
        await page.click('[data-testid=notifications-more]');
        await items.nth(before).waitFor();
      }
      expect(await shownIds()).toEqual(stored.map((n) => n.id));
      const top = items.first();
      expect(await top.getAttribute('data-kind')).toBe('COMPANY_ANSWERED');
      expect(await top.getAttribute('data-unread')).toBe('true');
      expect(await top.locator('.notification-text').textContent()).toMatch(
        new RegExp(`^${escaped(shared.companyName)} answered: interested \\(“.+”\\)$`),
      );
      expect(await top.locator('a').getAttribute('href')).toBe(`/matches/${shared.matchId}`);
      const suggestions = items.and(page.locator('[data-kind=NEW_SUGGESTIONS]'));
      expect(await suggestions.first().locator('.notification-text').textContent()).toMatch(
        /^\d+ new suggestions? for “.+”$/,
      );
      const suggestionNeed = stored.find((n) => n.kind === 'NEW_SUGGESTIONS')!.needId!;
      expect(await attributes(suggestions.locator('a'), 'href')).toContain(`/pipeline?need=${suggestionNeed}`);
      expect(await page.textContent('[data-testid=notification-summary]')).toBe(
        `${stored.length} notifications, ${atSignIn + 1} unread`,
      );
      expect(await web.accessibilityProblems(page)).toEqual([]);
      await page.evaluate('window.scrollTo(0, 0)');
      await web.screenshot(page, 'notifications-list', 'notifications');

      // Opening it goes to the match's page and marks it read.
      await top.locator('a').click();
      await page.waitForURL((url) => url.pathname === `/matches/${shared.matchId}`);
      await page.locator(`[data-testid=match-page][data-match-id="${shared.matchId}"]`).waitFor();
      await bellNamed(page, `Notifications, ${atSignIn} unread`);
      const opened = (await listed(web.tokens.coordinator)).find((n) => n.kind === 'COMPANY_ANSWERED')!;
      expect(opened.readAt).not.toBeNull();

      // Back on the list it shows read; "mark all read" clears the rest.
      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/notifications');
      await page.locator(`[data-testid=notification][data-id="${opened.id}"][data-unread=false]`).waitFor();
      await page.click('[data-testid=mark-all-read]');
      await bellNamed(page, 'Notifications');
      expect(await page.locator('[data-testid=notification][data-unread=true]').count()).toBe(0);
      expect(await page.locator('[data-testid=mark-all-read]').isDisabled()).toBe(true);
      expect(await unreadCount(web.tokens.coordinator)).toBe(0);
      expect((await listed(web.tokens.coordinator)).every((n) => n.readAt !== null)).toBe(true);

      // One socket for the tab all along, closed on sign-out.
      expect(sockets.map((socket) => new URL(socket.url()).pathname)).toEqual(['/graphql']);
      await page.click('[data-testid=sign-out]');
      if (!sockets[0].isClosed()) await sockets[0].waitForEvent('close');
      await page.context().close();
    },
    CASE_MS,
  );

  it(
    'in Japanese on a phone: one missed while signed out is counted at sign-in and written in Japanese',
    async () => {
      // The company changes its answer while the coordinator is signed out (the first case signed out).
      await answer(shared.matchId, false);
      expect(await unreadCount(web.tokens.coordinator)).toBe(1);

      const page = await web.openPage({ locale: 'ja-JP', viewport: PHONE });
      await web.signIn(page, 'coordinator');
      await bellNamed(page, '通知、未読 1 件');
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      // The header keeps its two rows (centres within 5 px): the brand and the buttons, then the
      // screens' links, the bell and who is signed in.
      const middle = async (selector: string) => {
        const box = (await page.locator(selector).boundingBox())!;
        return box.y + box.height / 2;
      };
      const [firstRow, secondRow] = [await middle('.brand-mark'), await middle('[data-testid=user-chip]')];
      expect(secondRow).toBeGreaterThan(firstRow + 20);
      for (const selector of ['[data-testid=lang-switch]', '[data-testid=sign-out]'])
        expect(await middle(selector)).toBeCloseTo(firstRow, -1);
      for (const selector of ['[data-testid=nav-pipeline]', '[data-testid=notification-bell]'])
        expect(await middle(selector)).toBeCloseTo(secondRow, -1);
      await bell(page).click();
      const top = page.locator('[data-testid=notification]').first();
      await top.waitFor();
      expect(await page.title()).toMatch(/^通知 · /);
      expect(await top.getAttribute('data-unread')).toBe('true');
      expect(await top.locator('.notification-text').textContent()).toMatch(
        new RegExp(`^${escaped(shared.companyName)}が回答しました: 関心なし（「.+」）$`),
      );
      expect(await page.locator('[data-kind=NEW_SUGGESTIONS] .notification-text').first().textContent()).toMatch(
        /^「.+」に新しい提案が \d+ 件あります$/,
      );
      expect(await page.textContent('[data-testid=mark-all-read]')).toBe('すべて既読にする');
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      expect(await web.accessibilityProblems(page)).toEqual([]);
      await web.screenshot(page, 'notifications-ja-phone', 'notifications-ja-phone');
    },
    CASE_MS,
  );

  it(
    "a company's notification of the shared match opens its need's page",
    async () => {
      const own = await listed(web.tokens.company);
      const sharedNote = own.find((n) => n.kind === 'MATCH_SHARED' && n.matchId === shared.matchId);
      expect(sharedNote).toBeDefined();
      const unread = await unreadCount(web.tokens.company);
      expect(unread).toBeGreaterThan(0);

      const page = await web.openPage();
      await web.signIn(page, 'company');
      await bellNamed(page, `Notifications, ${unread} unread`);
      await bell(page).click();
      const item = page.locator(`[data-testid=notification][data-id="${sharedNote!.id}"]`);
      await item.waitFor();
      expect(await item.locator('.notification-text').textContent()).toMatch(
        /^Your coordinator shared a match for “.+”$/,
      );
      expect(await item.locator('a').getAttribute('href')).toBe(`/needs/${shared.needId}`);
      expect(await web.accessibilityProblems(page)).toEqual([]);
      await item.locator('a').click();
      await page.locator(`[data-testid=need-page][data-need-id="${shared.needId}"]`).waitFor();
      await bellNamed(page, unread === 1 ? 'Notifications' : `Notifications, ${unread - 1} unread`);
    },
    CASE_MS,
  );
});
