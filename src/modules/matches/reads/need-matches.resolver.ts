import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { loaderFor } from '../../../common/graphql/request-loaders';
import { Req } from '../../../common/graphql/request.decorator';
import { coversRegion } from '../../auth/access-policy';
import { CurrentUser } from '../../auth/auth.decorators';
import { Principal } from '../../auth/principal';
import { Need } from '../../needs/models/need.model';
import { MatchReadsRepository } from './match-reads.repository';

/** What the review workflow adds to a Need: how many of its suggestions are under review. */
@Resolver(() => Need)
export class NeedMatchesResolver {
  constructor(private readonly reads: MatchReadsRepository) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "How many of its suggested matches the region's coordinators are reviewing (SUGGESTED, the matcher still ranking them, or SHORTLISTED; not yet shared): a count, nothing of the matches. For the need's company, admins and the region's coordinators; null for everyone else.",
  })
  async matchesUnderReview(@Parent() need: Need, @CurrentUser() me: Principal, @Req() req: Request) {
    if (!(coversRegion(me, need.regionId) || (me.companyId !== null && me.companyId === need.companyId))) return null;
    // One read per region for a list of needs: the key carries the region the count is read for.
    const key = `${need.id}|${need.regionId ?? ''}`;
    const loader = loaderFor(req, 'needMatchesUnderReview', async (keys) => {
      const byRegion = new Map<string, string[]>();
      for (const k of keys) {
        const [needId, regionId] = k.split('|');
        byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), needId]);
      }
      const counts = await Promise.all(
        [...byRegion].map(async ([regionId, needIds]) =>
          (await this.reads.underReview(needIds, regionId || null)).map((row) => ({
            id: `${row.id}|${regionId}`,
            n: row.n,
          })),
        ),
      );
      return counts.flat();
    });
    return (await loader.load(key))?.n ?? 0;
  }
}
