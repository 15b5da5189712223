/**
 * The coordinator's match page (/matches/:id) in a real browser against the real API, Neo4j and a
 * matching worker on the demo region (test/support/web-browser.ts): opened from a pasted URL in
 * English and Japanese, shortlisted, shared with a note, declined through the app's own validation
 * and confirmation, reloaded and walked back and forward, used at phone size and by keyboard, and
 * checked with axe-core. Needs web/dist (`npm run build:web`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoId } from '../../src/modules/demo/demo-id';
import { DEMO_REGION } from '../../src/modules/demo/demo-region.data';
import { must } from '../support/api-client';
import { CASE_MS, PHONE, webSuite } from '../support/web-browser';

interface PathNode {
  id: string;
  kind: string;
  name: string;
}
interface Suggestion {
  id: string;
  explanation: { surface: string }[];
  path: { relations: string[]; nodes: PathNode[] } | null;
  need: { title: string; budgetBand: string };
  seed: { title: string; holderResearchers: { name: string }[] } | null;
  equipment: { name: string } | null;
  researcher: { name: string } | null;
}
interface Step {
  kind: string;
  from: string;
  to: string;
  note: string | null;
  reason: string | null;
}
interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

const INBOX = `{ reviewInbox(first: 100) { edges { node {
  id explanation { surface } path { relations nodes { id kind name } } need { title budgetBand }
  seed { title holderResearchers { name } } equipment { name } researcher { name } } } } }`;
const READ = `query($id: ID!) { match(id: $id) { status assignedCoordinatorId history { kind from to note reason } } }`;
const AXE_SOURCE = readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
const PIPELINE_URL = '/pipeline?stage=SUGGESTED&sort=score';

describe('the match page in a real browser', () => {
  const web = webSuite();
  let suggestions: Suggestion[];
  /** Each case acts on its own suggestion, so the cases do not depend on each other's moves. */
  const take = (pick: (s: Suggestion) => boolean = () => true): Suggestion => {
    const found = suggestions.find(pick);
    expect(found).toBeDefined();
    suggestions = suggestions.filter((s) => s !== found);
    return found!;
  };
  const read = async (id: string) =>
    (
      await must(
        web.api.gql<{ match: { status: string; assignedCoordinatorId: string | null; history: Step[] } }>(
          READ,
          { id },
          web.tokens.coordinator,
        ),
      )
    ).match;
  const pageOf = (id: string, status: string) =>
    `[data-testid=match-page][data-match-id="${id}"][data-status=${status}]`;
  const matchUrl = (id: string) => `/matches/${id}?from=${encodeURIComponent(PIPELINE_URL)}`;
  const scrollWidth = (page: Page) =>
    page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    );
  /** axe-core's serious and critical violations on the page as it is now. */
  const axeProblems = async (page: Page) => {
    // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') refuses the inline
    // <script> that page.addScriptTag would add, and that refusal would fail the case.
    await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run());
    return (result as AxeResult).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  beforeAll(async () => {
    const inbox = await must(
      web.api.gql<{ reviewInbox: { edges: { node: Suggestion }[] } }>(INBOX, {}, web.tokens.coordinator),
    );
    suggestions = inbox.reviewInbox.edges.map((e) => e.node);
  }, CASE_MS);

  it(
    'opens a pasted URL in English with everything needed to decide, shortlists, shares with a note, assigns; reload, back and forward keep the screen',
    async () => {
      // A seed joined to the company through the network: a path that walks WORKS_AT and KNOWS.
      const match = take(
        (s) =>
          !!s.seed &&
          s.explanation.length > 0 &&
          !!s.path?.relations.includes('WORKS_AT') &&
          s.path.relations.includes('KNOWS'),
      );
      const page = await web.openPage({ path: matchUrl(match.id) });
      await web.signIn(page, 'coordinator');
      await page.waitForSelector(pageOf(match.id, 'SUGGESTED'));
      expect(page.url()).toBe(web.api.url(matchUrl(match.id)));
      expect(await page.title()).toBe(`${match.need.title} × ${match.seed!.title} · Musubi`);
      expect(await page.textContent('[data-testid=match-title]')).toContain(match.need.title);

      // The need and the seed in full: the budget in words, the holders by name.
      const budgetWords: Record<string, string> = {
        UNDER_1M: 'Under ¥1M',
        FROM_1M_TO_5M: '¥1M – ¥5M',
        FROM_5M_TO_20M: '¥5M – ¥20M',
        OVER_20M: 'Over ¥20M',
        UNDECIDED: 'Undecided',
      };
      expect(await page.textContent('[data-testid=need-budget] dd')).toBe(budgetWords[match.need.budgetBand]);
      const holders = (await page.textContent('[data-testid=seed-holders]'))!;
      for (const r of match.seed!.holderResearchers) expect(holders).toContain(r.name);
      expect(await page.textContent('[data-testid=seed-ip]')).toMatch(/^Intellectual property(Granted|Pending|None)/);

      // The score in words, and each shared term with its share, marked in both texts.
      const parts = (await page.textContent('[data-testid=score-parts]'))!;
      expect(parts).toMatch(/Text similarity: \d+/);
      expect(parts).toMatch(/Introduction path: \+\d+/);
      expect(await page.locator('[data-testid=shared-terms] li').count()).toBe(match.explanation.length);
      expect(await page.locator('[data-testid=shared-terms] li').first().textContent()).toMatch(
        /\d+% of the text similarity$/,
      );
      expect(await page.locator('[data-testid=need-text] mark').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=target-text] mark').count()).toBeGreaterThan(0);

      // The path in words, each relation from its start to its end: a person works at an
      // organization, a coordinator knows a person; never a raw relationship type.
      const path = page.locator('[data-testid=intro-path]');
      expect(await path.locator('li').count()).toBe(match.path!.relations.length);
      expect(await path.textContent()).not.toMatch(/WORKS_AT|KNOWS|MEMBER_OF/);
      const kindOf = new Map(match.path!.nodes.map((n) => [n.name, n.kind]));
      const ends = async (relation: string) =>
        (await path.locator(`li[data-relation=${relation}]`).first().locator('strong').allTextContents()).map((name) =>
          kindOf.get(name),
        );
      const worksAt = await ends('WORKS_AT');
      expect(worksAt[1]).toBe('Organization');
      expect(worksAt[0]).not.toBe('Organization');
      expect(await path.locator('li[data-relation=WORKS_AT]').first().textContent()).toContain(' works at ');
      expect((await ends('KNOWS'))[0]).toBe('Coordinator');
      expect(await axeProblems(page)).toEqual([]);
      await web.screenshot(page, 'match-page', 'match-page');

      // Shortlist, then share with a note: one button per move the server allows.
      const moves: (string | null)[] = [];
      for (const b of await page.locator('[data-testid^=move-]').all()) moves.push(await b.getAttribute('data-testid'));
      expect(moves).toEqual(['move-SHORTLISTED', 'move-DECLINED']);
      await page.click('[data-testid=move-SHORTLISTED]');
      await page.click('[data-testid=confirm-move]');
      await page.waitForSelector(pageOf(match.id, 'SHORTLISTED'));
      expect(await page.textContent('[data-testid=flash]')).toBe('The match is now Shortlisted.');
      const note = 'Tanaka-sensei agreed to a first call; share the drying data.';
      await page.click('[data-testid=move-SHARED]');
      await page.fill('[data-testid=action-form] textarea[name=note]', note);
      await page.click('[data-testid=confirm-move]');
      await page.waitForSelector(pageOf(match.id, 'SHARED'));
      await page.waitForSelector(`[data-testid=history] li >> text=${note}`);

      // A note for colleagues: required (the app says so), then added to the history.
      await page.click('[data-testid=add-note]');
      expect(await page.textContent('[data-testid=error-annotation]')).toBe('Required.');
      await page.fill('textarea[name=annotation]', 'Call scheduled for Thursday.');
      await page.click('[data-testid=add-note]');
      await page.waitForSelector('[data-testid=latest-note] >> text=Call scheduled for Thursday.');

      // Assigned to the colleague who also covers the region.
      const morita = DEMO_REGION.coordinators.find((c) => c.key === 'coord-morita')!;
      await page.selectOption('[data-testid=assign-select]', demoId(morita.key));
      await page.click('[data-testid=assign]');
      await page.waitForSelector(`[data-testid=assignee] >> text=${morita.name}`);

      const after = await read(match.id);
      expect(after.status).toBe('SHARED');
      expect(after.assignedCoordinatorId).toBe(demoId(morita.key));
      expect(after.history.map((e) => [e.kind, e.from, e.to, e.note])).toEqual([
        ['STATUS', 'SUGGESTED', 'SHORTLISTED', null],
        ['STATUS', 'SHORTLISTED', 'SHARED', note],
        ['NOTE', 'SHARED', 'SHARED', 'Call scheduled for Thursday.'],
      ]);

      // Reload lands on the same match; the back link returns to the pipeline's own query string;
      // back and forward walk between the two.
      await page.reload();
      await page.waitForSelector(pageOf(match.id, 'SHARED'));
      await page.click('[data-testid=back-to-pipeline]');
      await page.waitForURL(web.api.url(PIPELINE_URL));
      await page.goBack();
      await page.waitForSelector(pageOf(match.id, 'SHARED'));
      expect(page.url()).toBe(web.api.url(matchUrl(match.id)));
      await page.goForward();
      await page.waitForURL(web.api.url(PIPELINE_URL));
      await page.waitForSelector('[data-testid=match-page]', { state: 'detached' });
    },
    CASE_MS,
  );

  it(
    'declines through the app’s own validation and a confirmation; a declined match offers no step and no undo',
    async () => {
      const match = take();
      const page = await web.openPage({ path: matchUrl(match.id) });
      await web.signIn(page, 'coordinator');
      await page.waitForSelector(pageOf(match.id, 'SUGGESTED'));

      await page.click('[data-testid=move-DECLINED]');
      // No reason: the app's message next to the field, the focus on it, nothing sent.
      await page.click('[data-testid=confirm-move]');
      expect(await page.textContent('[data-testid=error-declineReason]')).toBe('Required.');
      expect(
        await page.evaluate(() =>
          (
            globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }
          ).document.activeElement.getAttribute('name'),
        ),
      ).toBe('declineReason');
      expect(await page.getAttribute('select[name=declineReason]', 'aria-invalid')).toBe('true');
      expect(await page.getAttribute('select[name=declineReason]', 'required')).toBeNull();
      // "Other" needs a note saying why.
      await page.selectOption('select[name=declineReason]', 'OTHER');
      await page.click('[data-testid=confirm-move]');
      expect(await page.textContent('[data-testid=error-note]')).toBe(
        'Say why in the note when the reason is “Other”.',
      );
      expect((await read(match.id)).status).toBe('SUGGESTED');
      expect(await axeProblems(page)).toEqual([]);

      await page.selectOption('select[name=declineReason]', 'ALREADY_KNOWN');
      await page.click('[data-testid=confirm-move]');
      const confirm = page.locator('[data-testid=confirm-decline-box]');
      expect(await confirm.textContent()).toBe(
        'Decline this match for the reason “Already known”? This step cannot be undone.Yes, declineChange',
      );
      await web.screenshot(page, 'match-page-decline-confirm');
      await page.click('[data-testid=confirm-decline]');
      await page.waitForSelector(pageOf(match.id, 'DECLINED'));
      expect(await page.locator('[data-testid=undo]').count()).toBe(0);
      await page.waitForSelector('text=No step is open to you on this match.');
      const after = await read(match.id);
      expect(after.history.map((e) => [e.from, e.to, e.reason])).toEqual([['SUGGESTED', 'DECLINED', 'ALREADY_KNOWN']]);
    },
    CASE_MS,
  );

  it(
    'reads in Japanese: the page, the path, the validation and a match that is not there',
    async () => {
      const match = take((s) => !!s.path?.relations.includes('WORKS_AT'));
      const page = await web.openPage({ locale: 'ja-JP', path: matchUrl(match.id) });
      await web.signIn(page, 'coordinator');
      await page.waitForSelector(pageOf(match.id, 'SUGGESTED'));
      expect(await page.textContent('#match-actions-title')).toBe('次の操作');
      expect(await page.title()).toMatch(/ · Musubi 結び$/);
      expect(await page.textContent('[data-testid=back-to-pipeline]')).toBe('← パイプラインに戻る');
      expect(await page.textContent('[data-testid=score-parts]')).toContain('文章の類似度');
      const worksAt = (await page
        .locator('[data-testid=intro-path] li[data-relation=WORKS_AT]')
        .first()
        .textContent())!;
      expect(worksAt).toContain('に勤務');
      expect(worksAt).not.toContain('works at');
      await page.click('[data-testid=move-DECLINED]');
      await page.click('[data-testid=confirm-move]');
      expect(await page.textContent('[data-testid=error-declineReason]')).toBe('必須項目です。');
      await web.screenshot(page, 'match-page-ja', 'match-page-ja');

      // A match that does not exist (or is hidden) says so in the reader's language.
      await page.goto(web.api.url('/matches/00000000-0000-4000-8000-000000000000'));
      await page.waitForSelector('[data-testid=match-unavailable]');
      expect(await page.textContent('[data-testid=match-unavailable] h1')).toBe('このマッチは表示できません');
      expect(await page.textContent('[data-testid=match-unavailable] p')).toBe(
        '見つかりません。存在しないか、あなたには共有されていません。',
      );
      expect(await axeProblems(page)).toEqual([]);
    },
    CASE_MS,
  );

  it(
    'at 390x844 fits without horizontal scrolling and is worked by keyboard alone',
    async () => {
      const match = take();
      const page = await web.openPage({ viewport: PHONE, path: matchUrl(match.id) });
      await web.signIn(page, 'coordinator');
      await page.waitForSelector(pageOf(match.id, 'SUGGESTED'));
      expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      // The actions come first, in reach: inside the screen's width and near the top.
      const button = (await page.locator('[data-testid=move-SHORTLISTED]').boundingBox())!;
      expect(button.x + button.width).toBeLessThanOrEqual(PHONE.width);
      expect(button.y + button.height).toBeLessThanOrEqual(PHONE.height);
      await web.screenshot(page, 'match-page-phone', 'match-page-phone');
      expect(await axeProblems(page)).toEqual([]);

      // Keyboard: from the back link, Tab reaches the first action, with a visible focus ring.
      type Active = { document: { activeElement: { getAttribute(n: string): string | null } | null } };
      const focused = () =>
        page.evaluate(
          () => (globalThis as unknown as Active).document.activeElement?.getAttribute('data-testid') ?? null,
        );
      await page.focus('[data-testid=back-to-pipeline]');
      for (let i = 0; i < 10 && (await focused()) !== 'move-SHORTLISTED'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('move-SHORTLISTED');
      const outline = await page.$eval('[data-testid=move-SHORTLISTED]', (el) => {
        const style = (
          globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }
        ).getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline).toBe('solid 3px');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=action-form]');
      for (let i = 0; i < 10 && (await focused()) !== 'confirm-move'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('confirm-move');
      await page.keyboard.press('Enter');
      await page.waitForSelector(pageOf(match.id, 'SHORTLISTED'));
      // The focus goes to what the step did.
      expect(await focused()).toBe('flash');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      expect((await read(match.id)).status).toBe('SHORTLISTED');
    },
    CASE_MS,
  );
});
