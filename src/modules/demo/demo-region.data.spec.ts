import { Bm25Index } from '../matching/scoring/bm25-index';
import { TextAnalyzer } from '../matching/analysis/text-analyzer';
import { OrganizationKind } from '../organizations/models/organization.model';
import { IpStatus } from '../seeds/models/seed.model';
import { demoId } from './demo-id';
import { planDemoWrite, validateDemoDataset } from './demo-plan';
import { DEMO_REGION } from './demo-region.data';
import { DemoDataset } from './demo.types';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe('demo region data', () => {
  const data = DEMO_REGION;
  const orgs = (kind: OrganizationKind) => data.organizations.filter((o) => o.kind === kind);

  it('is valid: unique keys, resolvable references, texts within LIMITS', () => {
    expect(validateDemoDataset(data)).toEqual([]);
  });

  it('finds what a broken data set gets wrong', () => {
    const broken: DemoDataset = {
      ...data,
      seeds: [{ ...data.seeds[0], heldBy: ['res-nobody'], title: ' padded ' }, ...data.seeds.slice(1)],
      needs: [{ ...data.needs[0], company: 'org-shiomi-univ' }, ...data.needs.slice(1)],
    };
    const problems = validateDemoDataset(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${data.seeds[0].key}.heldBy: res-nobody is not a Researcher or Organization`,
        `${data.seeds[0].key}.title has leading or trailing blanks`,
        `${data.needs[0].key}.company: org-shiomi-univ is not a COMPANY`,
      ]),
    );
  });

  it('meets the demo minimums', () => {
    expect(data.regions.length).toBeGreaterThanOrEqual(2);
    expect(orgs(OrganizationKind.UNIVERSITY).length).toBeGreaterThanOrEqual(3);
    expect(orgs(OrganizationKind.RESEARCH_INSTITUTE).length).toBeGreaterThanOrEqual(1);
    expect(orgs(OrganizationKind.COORDINATING_ORGANIZATION).length).toBeGreaterThanOrEqual(1);
    expect(orgs(OrganizationKind.LOCAL_GOVERNMENT).length).toBeGreaterThanOrEqual(1);
    expect(orgs(OrganizationKind.FINANCIAL_INSTITUTION).length).toBeGreaterThanOrEqual(1);
    const companies = orgs(OrganizationKind.COMPANY);
    expect(companies.length).toBeGreaterThanOrEqual(15);
    expect(companies.every((c) => data.needs.some((n) => n.company === c.key))).toBe(true);
    expect(data.needs.length).toBeGreaterThanOrEqual(25);
    expect(data.seeds.length).toBeGreaterThanOrEqual(40);
    expect(data.researchers.some((r) => r.invitedCoreResearcher)).toBe(true);
    expect(data.coordinators.length).toBeGreaterThanOrEqual(3);
    expect(
      data.coordinators.every(
        (c) => c.knows.some((k) => k.person.startsWith('ct-')) && c.knows.some((k) => k.person.startsWith('res-')),
      ),
    ).toBe(true);
    expect(data.consortiums[0].members.length).toBeGreaterThan(5);
    const universities = new Set(orgs(OrganizationKind.UNIVERSITY).map((o) => o.key));
    const atUniversities = data.equipment.filter((e) => universities.has(e.hostedBy));
    expect(atUniversities.length).toBeGreaterThanOrEqual(10);
    const supported = new Set(data.supportStaff.flatMap((s) => s.supports));
    expect(data.equipment.every((e) => supported.has(e.key))).toBe(true);
    expect(data.hrPrograms[0].participants.length).toBeGreaterThan(0);
    expect(new Set(data.users.map((u) => u.role)).size).toBe(3);
  });

  it('has seeds of every IP status, with numbers for GRANTED and PENDING, and every visibility', () => {
    for (const status of [IpStatus.GRANTED, IpStatus.PENDING, IpStatus.NONE]) {
      expect(data.seeds.some((s) => s.ipStatus === status)).toBe(true);
    }
    expect(data.seeds.filter((s) => s.ipStatus !== IpStatus.NONE).every((s) => s.ipNumbers.length > 0)).toBe(true);
    expect(new Set(data.seeds.map((s) => s.visibility)).size).toBe(3);
    expect(new Set(data.needs.map((n) => n.confidentiality)).size).toBe(3);
  });

  it('mixes Japanese and English long texts, about 60/40', () => {
    const texts = [
      ...data.seeds.map((s) => s.summary),
      ...data.needs.map((n) => n.description),
      ...data.researchers.map((r) => r.profile),
      ...data.organizations.map((o) => o.description),
      ...data.equipment.map((e) => e.description),
    ];
    const japanese = texts.filter((t) => JAPANESE.test(t)).length / texts.length;
    expect(japanese).toBeGreaterThan(0.55);
    expect(japanese).toBeLessThan(0.7);
  });

  it('gives stable UUIDs and plans every reference as a relationship', () => {
    expect(demoId('seed-lpwa-buoy')).toBe(demoId('seed-lpwa-buoy'));
    expect(demoId('seed-lpwa-buoy')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const hashes = Object.fromEntries(data.users.map((u) => [u.key, 'hash']));
    const plan = planDemoWrite(data, hashes);
    const heldBy = plan.relationships.filter((b) => b.type === 'HELD_BY').reduce((n, b) => n + b.rows.length, 0);
    expect(heldBy).toBe(data.seeds.reduce((n, s) => n + s.heldBy.length, 0));
    expect(plan.users.flatMap((b) => b.rows).map((r) => r.props.passwordHash)).toEqual(['hash', 'hash', 'hash']);
  });

  describe('text matches the matcher can find', () => {
    let analyzer: TextAnalyzer;
    beforeAll(async () => {
      analyzer = await TextAnalyzer.create();
    }, 30_000);

    it('ranks each need’s intended seed or equipment among the top three of its kind', () => {
      const seeds = new Bm25Index();
      for (const s of data.seeds)
        seeds.upsert(s.key, analyzer.analyze({ title: s.title, keywords: s.keywords, body: s.summary }));
      const equipment = new Bm25Index();
      for (const e of data.equipment) {
        equipment.upsert(
          e.key,
          analyzer.analyze({ title: e.name, keywords: [e.category], body: `${e.description}\n${e.specifications}` }),
        );
      }
      const misses: string[] = [];
      for (const m of data.expectedMatches) {
        const need = data.needs.find((n) => n.key === m.need)!;
        const query = analyzer.analyze({ title: need.title, keywords: need.keywords, body: need.description }).terms;
        const index = m.target.startsWith('eq-') ? equipment : seeds;
        const top = index.search(query, 3).map((hit) => hit.id);
        if (!top.includes(m.target)) misses.push(`${m.need} -> ${m.target} (top: ${top.join(', ')})`);
      }
      expect(misses).toEqual([]);
    });
  });
});
