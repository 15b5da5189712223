/**
 * The company's side of the web app in a real browser, against the real API, Neo4j and a matching
 * worker on the demo region: registering a need (its draft kept across a reload), the need's page
 * from a pasted address, a match the coordinator shared and the answer to it, reload and
 * back/forward, equipment use requests, both languages, a phone, and axe-core's accessibility rules.
 */
import type { Page } from 'playwright-core';
import { Role } from '../../src/modules/auth/role.enum';
import { demoId } from '../../src/modules/demo/demo-id';
import { must } from '../support/api-client';
import { CASE_MS, demoUser, PHONE, webSuite } from '../support/web-browser';

/** What the cases read in the page; the test project has no DOM types. */
type PageWindow = {
  localStorage: { length: number; key(i: number): string | null };
  document: { documentElement: { scrollWidth: number } };
};

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('the company in the web app', () => {
  const web = webSuite();
  const company = demoUser(Role.COMPANY);

  /** The company's answer to a match, as the coordinator reads it. */
  const answerOf = async (matchId: string) =>
    (
      await must(
        web.api.gql<{ match: { companyAnswer: { interested: boolean; note: string } | null } }>(
          'query($id: ID!) { match(id: $id) { companyAnswer { interested note } } }',
          { id: matchId },
          web.tokens.coordinator,
        ),
      )
    ).match.companyAnswer;

  it(
    'registers a need after a validation error, keeps the draft across a reload, and opens the need from a pasted address',
    async () => {
      const page = await web.openPage();
      await web.signIn(page, 'company');
      await page.waitForSelector('[data-testid=need-list] li');
      expect(pathOf(page)).toBe('/needs');
      expect(await web.accessibilityProblems(page)).toEqual([]);

      await page.click('[data-testid=new-need]');
      await page.waitForSelector('[data-testid=need-form]');
      expect(pathOf(page)).toBe('/needs/new');
      const description =
        'ワカメの乾燥工程で出る排熱を回収し、乾燥機の燃料費を下げたい。Recover waste heat from the drying line.';
      await page.fill('textarea[name=description]', description);
      await page.fill('input[name=keywords]', '排熱回収, heat recovery, 乾燥');
      await page.click('[data-testid=save-need]');
      // The empty title is refused in the app's own words, next to its field; nothing was sent.
      expect(await page.textContent('[data-testid=error-title]')).toBe('Required.');
      expect(await web.accessibilityProblems(page)).toEqual([]);
      await web.screenshot(page, 'company-need-validation');

      // Reloading warns first (the browser's own question), then brings the half-typed need back.
      const dialogs: string[] = [];
      page.once('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      await page.reload();
      await page.waitForSelector('[data-testid=draft-restored]');
      expect(dialogs).toEqual(['beforeunload']);
      expect(await page.inputValue('textarea[name=description]')).toBe(description);
      expect(await page.inputValue('input[name=keywords]')).toBe('排熱回収, heat recovery, 乾燥');

      // Discarding empties the form and the kept draft: a reload brings nothing back.
      await page.click('[data-testid=discard-draft]');
      expect(await page.inputValue('textarea[name=description]')).toBe('');
      await page.reload();
      await page.waitForSelector('[data-testid=need-form]');
      expect(await page.locator('[data-testid=draft-restored]').count()).toBe(0);
      expect(await page.inputValue('textarea[name=description]')).toBe('');

      const title = '排熱回収による乾燥コスト削減';
      await page.fill('input[name=title]', title);
      await page.fill('textarea[name=description]', description);
      await page.fill('input[name=keywords]', '排熱回収, heat recovery, 乾燥');
      await page.click('[data-testid=save-need]');
      await page.waitForSelector('[data-testid=flash]');
      expect(await page.textContent('[data-testid=flash]')).toContain('Matching runs now');
      await web.screenshot(page, 'company-need-saved');
      // The saved draft is gone from the browser's storage.
      expect(
        await page.evaluate(() => {
          const storage = (globalThis as unknown as PageWindow).localStorage;
          return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) =>
            k?.startsWith('musubi.needDraft'),
          );
        }),
      ).toEqual([]);

      await page.click('[data-testid=open-need]');
      await page.waitForSelector('[data-testid=need-page]');
      const needId = (await page.getAttribute('[data-testid=need-page]', 'data-need-id'))!;
      expect(pathOf(page)).toBe(`/needs/${needId}`);
      expect(await page.textContent('[data-testid=need-title]')).toBe(title);
      expect(await page.textContent('[data-testid=need-description]')).toBe(description);
      const created = await must(
        web.api.gql<{ need: { title: string; keywords: string[]; status: string; company: { id: string } } }>(
          'query($id: ID!) { need(id: $id) { title keywords status company { id } } }',
          { id: needId },
          web.tokens.company,
        ),
      );
      expect(created.need).toEqual({
        title,
        keywords: ['排熱回収', 'heat recovery', '乾燥'],
        status: 'OPEN',
        company: { id: demoId(company.link) },
      });

      // The need's address pasted into a new browser: the sign-in, then that same need.
      const pasted = await web.openPage({ path: `/needs/${needId}` });
      await web.signIn(pasted, 'company');
      await pasted.waitForSelector(`[data-testid=need-page][data-need-id="${needId}"]`);
      expect(pathOf(pasted)).toBe(`/needs/${needId}`);
      expect(await pasted.textContent('[data-testid=need-title]')).toBe(title);
    },
    CASE_MS,
  );

  it(
    'sees a match the coordinator shared, with who holds it, answers it, and lands on the same screen after reload and back/forward',
    async () => {
      const { matchId, needId } = await web.suggestedMatch();
      const move =
        'mutation($id: ID!, $to: MatchStatus!, $note: String) { changeMatchStatus(matchId: $id, to: $to, note: $note) { status } }';
      await must(web.api.gql(move, { id: matchId, to: 'SHORTLISTED' }, web.tokens.coordinator));
      await must(web.api.gql(move, { id: matchId, to: 'SHARED', note: 'ご検討ください。' }, web.tokens.coordinator));
      const holders = await must(
        web.api.gql<{
          match: { seed: { holderResearchers: { name: string }[]; holderOrganizations: { name: string }[] } };
        }>(
          'query($id: ID!) { match(id: $id) { seed { holderResearchers { name } holderOrganizations { name } } } }',
          { id: matchId },
          web.tokens.company,
        ),
      );
      const holderNames = [
        ...holders.match.seed.holderResearchers.map((r) => r.name),
        ...holders.match.seed.holderOrganizations.map((o) => o.name),
      ];
      expect(holderNames.length).toBeGreaterThan(0);
      const { need } = await must(
        web.api.gql<{ need: { matchesUnderReview: number | null } }>(
          'query($id: ID!) { need(id: $id) { matchesUnderReview } }',
          { id: needId },
          web.tokens.company,
        ),
      );
      // The need had more than one suggestion: the rest are still under review.
      expect(need.matchesUnderReview).toBeGreaterThan(0);
      const reviewing = `reviewing ${need.matchesUnderReview} suggestion`;

      const page = await web.openPage();
      await web.signIn(page, 'company');
      const row = page.locator(`[data-testid=need-list] li[data-need-id="${needId}"]`);
      await row.locator('[data-testid=shared-count] >> text=/match(es)? shared with you/').waitFor();
      expect(await row.locator('[data-testid=shared-count]').textContent()).toMatch(/^[1-9]\d* match(es)? shared/);
      expect(await row.locator('[data-testid=under-review]').textContent()).toContain(reviewing);
      await row.locator('a').first().click();
      await page.waitForSelector(`[data-testid=need-page][data-need-id="${needId}"]`);
      expect(pathOf(page)).toBe(`/needs/${needId}`);

      const card = page.locator(`[data-testid=shared-match][data-match-id="${matchId}"]`);
      await card.waitFor();
      // Who holds the seed, and the step in words.
      const who = (await card.locator('[data-testid=match-who]').textContent())!;
      for (const name of holderNames) expect(who).toContain(name);
      expect(await card.locator('[data-testid=match-next-step]').textContent()).toContain(
        'Tell your coordinator whether you are interested.',
      );
      expect(await page.textContent('[data-testid=timeline]')).toContain('Shared with you');
      expect(await page.textContent('[data-testid=under-review]')).toContain(reviewing);
      expect(await web.accessibilityProblems(page)).toEqual([]);

      await card.locator('input[name=answerNote]').fill('ぜひ一度お話を伺いたいです。');
      await card.locator('[data-testid=answer-yes]').click();
      await card.locator('[data-testid=answer][data-interested=true]').waitFor();
      expect(await card.locator('[data-testid=match-next-step]').textContent()).toContain(
        'Your coordinator will introduce you to them.',
      );
      await web.screenshot(page, 'company-need-page', 'company');
      expect(await answerOf(matchId)).toEqual({ interested: true, note: 'ぜひ一度お話を伺いたいです。' });

      // The answer can be changed until the coordinator acts on it (the API says so: answerChangeable).
      await card.locator('[data-testid=change-answer]').click();
      expect(await card.locator('input[name=answerNote]').inputValue()).toBe('ぜひ一度お話を伺いたいです。');
      await card.locator('input[name=answerNote]').fill('今回は見送ります。');
      await card.locator('[data-testid=answer-no]').click();
      await card.locator('[data-testid=answer][data-interested=false]').waitFor();
      expect(await answerOf(matchId)).toEqual({ interested: false, note: '今回は見送ります。' });

      // Reload, back and forward land on the same screens.
      await page.reload();
      await page.waitForSelector(`[data-testid=need-page][data-need-id="${needId}"] [data-testid=answer]`);
      await page.goBack();
      await page.waitForSelector('[data-testid=need-list] li');
      expect(pathOf(page)).toBe('/needs');
      await page.goForward();
      await page.waitForSelector(`[data-testid=need-page][data-need-id="${needId}"]`);
      expect(pathOf(page)).toBe(`/needs/${needId}`);

      // In Japanese, on the same screen.
      await page.click('[data-testid=lang-switch]');
      await page.waitForSelector('text=共有されたマッチ');
      expect(await card.locator('[data-testid=answer]').textContent()).toContain('回答済み: 関心なし');
      expect(await page.title()).toBe('ニーズ · Musubi 結び');
      expect(await web.accessibilityProblems(page)).toEqual([]);
      await web.screenshot(page, 'company-need-page-ja', 'company-ja');

      // The coordinator acts on the answer: it is settled, and the page says so instead of offering a change.
      await must(web.api.gql(move, { id: matchId, to: 'INTRODUCED' }, web.tokens.coordinator));

      // On a phone: nothing wider than the screen.
      const phone = await web.openPage({ viewport: PHONE, path: `/needs/${needId}` });
      await web.signIn(phone, 'company');
      const phoneCard = phone.locator(`[data-testid=shared-match][data-match-id="${matchId}"]`);
      await phoneCard.locator('[data-testid=answer-settled]').waitFor();
      expect(await phoneCard.locator('[data-testid=change-answer]').count()).toBe(0);
      expect(await phoneCard.locator('[data-testid=match-next-step]').textContent()).toContain('You were introduced');
      expect(
        await phone.evaluate(() => (globalThis as unknown as PageWindow).document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(PHONE.width);
      expect(await web.accessibilityProblems(phone)).toEqual([]);
      await web.screenshot(phone, 'company-need-page-phone', 'company-phone');
    },
    CASE_MS,
  );

  it(
    'asks to use equipment, declines then accepts a proposed time, and cancels the request',
    async () => {
      const equipmentId = demoId('eq-drying-pilot');
      const page = await web.openPage({ path: '/equipment' });
      await web.signIn(page, 'company');
      const item = page.locator(`[data-testid=equipment-list] li[data-equipment-id="${equipmentId}"]`);
      await item.locator('[data-testid=request-use]').click();
      // The open form is in the address: a reload keeps it open.
      expect(new URL(page.url()).searchParams.get('request')).toBe(equipmentId);
      await page.reload();
      await item.locator('[data-testid=request-form]').waitFor();
      await item.locator('[data-testid=send-request]').click();
      expect(await item.locator('[data-testid=error-purpose]').textContent()).toBe('Required.');
      expect(await web.accessibilityProblems(page)).toEqual([]);

      const year = new Date().getFullYear() + 1;
      await item.locator('textarea[name=purpose]').fill('乾燥わかめの低温除湿乾燥試験');
      await item.locator('input[name=wishedFrom]').fill(`${year}-03-02`);
      await item.locator('input[name=wishedTo]').fill(`${year}-03-04`);
      await item.locator('[data-testid=send-request]').click();
      await page.waitForSelector('[data-testid=use-request][data-status=REQUESTED]');
      const requestId = pathOf(page).split('/').pop()!;
      expect(pathOf(page)).toBe(`/equipment/requests/${requestId}`);

      const read = async () =>
        (
          await must(
            web.api.gql<{ equipmentUseRequest: { status: string; equipmentId: string; purpose: string } }>(
              'query($id: ID!) { equipmentUseRequest(id: $id) { status equipmentId purpose } }',
              { id: requestId },
              web.tokens.company,
            ),
          )
        ).equipmentUseRequest;
      expect(await read()).toEqual({
        status: 'REQUESTED',
        equipmentId,
        purpose: '乾燥わかめの低温除湿乾燥試験',
      });

      // The host side (the host region's coordinator) proposes another time, twice.
      const propose = (day: number) =>
        must(
          web.api.gql(
            `mutation($id: ID!, $from: DateTime!, $to: DateTime!) {
              changeEquipmentUseStatus(requestId: $id, to: TIME_PROPOSED, proposedFrom: $from, proposedTo: $to) { status }
            }`,
            { id: requestId, from: `${year}-03-${day}T09:00:00Z`, to: `${year}-03-${day}T17:00:00Z` },
            web.tokens.coordinator,
          ),
        );
      await propose(10);
      await page.reload();
      await page.waitForSelector('[data-testid=use-request][data-status=TIME_PROPOSED]');
      await page.waitForSelector('[data-testid=proposed-period]');
      await page.click('[data-testid=use-move-REQUESTED]');
      await page.waitForSelector('[data-testid=use-request][data-status=REQUESTED]');
      expect((await read()).status).toBe('REQUESTED');

      await propose(11);
      await page.reload();
      await page.waitForSelector('[data-testid=use-request][data-status=TIME_PROPOSED]');
      expect(await web.accessibilityProblems(page)).toEqual([]);
      await web.screenshot(page, 'company-use-request-proposed');
      await page.click('[data-testid=use-move-APPROVED]');
      await page.waitForSelector('[data-testid=use-request][data-status=APPROVED]');
      expect((await read()).status).toBe('APPROVED');

      // Cancelling asks once more.
      await page.click('[data-testid=use-move-CANCELLED]');
      await page.click('[data-testid=confirm-cancel]');
      await page.waitForSelector('[data-testid=use-request][data-status=CANCELLED]');
      expect((await read()).status).toBe('CANCELLED');
      expect(await page.locator('[data-testid^=use-move-]').count()).toBe(0);
      expect(await page.textContent('[data-testid=use-history]')).toContain('Cancelled');

      // The equipment screen lists it, cancelled; back returns to the request.
      await page.click('.header-nav >> text=Equipment');
      await page.waitForSelector(
        `[data-testid=use-requests] li[data-request-id="${requestId}"][data-status=CANCELLED]`,
      );
      await page.goBack();
      await page.waitForSelector('[data-testid=use-request][data-status=CANCELLED]');
      expect(pathOf(page)).toBe(`/equipment/requests/${requestId}`);
    },
    CASE_MS,
  );
});
