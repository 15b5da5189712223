import { Inject, Injectable } from '@nestjs/common';
import { RedisPubSub } from '../../../infra/redis/redis-pubsub';
import { ForbiddenError } from '../../auth/auth.exception';
import { AuthService } from '../../auth/auth.service';
import { isAdmin, Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { MatchReadsRepository } from '../reads/match-reads.repository';
import { Match, SHARED_STATUSES } from '../models/match.model';
import { MatchReviewRepository } from '../review/match-review.repository';
import { SharedMatchChange } from './match-live.model';
import { LIVE_PUBSUB, LiveChannel, MatchStatusChangedEvent, MatchSuggestedEvent } from './match-live.events';

/**
 * A subscriber's view of the live channels. Every event is checked for this subscriber with the
 * same rules as `match(id)` (MatchReadsRepository.findVisible), with the user re-read from the
 * graph each time, so a deleted user or a changed role stops the stream at once.
 */
@Injectable()
export class MatchLiveService {
  constructor(
    @Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub,
    private readonly reads: MatchReadsRepository,
    private readonly review: MatchReviewRepository,
    private readonly auth: AuthService,
  ) {}

  /** New suggestions in the coordinator's regions (an admin's: all), or in the one region asked for. */
  suggested(me: Principal, token: string, regionId: string | null): AsyncIterableIterator<Match> {
    if (regionId && !isAdmin(me) && !me.coordinatorRegionIds.includes(regionId)) {
      throw new ForbiddenError('Coordinators subscribe to suggestions of the regions they cover only');
    }
    return this.filtered<MatchSuggestedEvent, Match>(LiveChannel.MatchSuggested, token, async (event, viewer) => {
      if (!viewer || !(isAdmin(viewer) || viewer.role === Role.COORDINATOR)) return 'end';
      const region = (await this.review.context(event.matchId))?.regionId;
      if (!region || (regionId && region !== regionId)) return null;
      if (!isAdmin(viewer) && !viewer.coordinatorRegionIds.includes(region)) return null;
      return this.reads.findVisible(event.matchId, viewer);
    });
  }

  /** Status changes of the company's needs' matches, once they are SHARED or later. */
  sharedChanged(me: Principal, token: string): AsyncIterableIterator<SharedMatchChange> {
    return this.filtered<MatchStatusChangedEvent, SharedMatchChange>(
      LiveChannel.MatchStatusChanged,
      token,
      async (event, viewer) => {
        if (!viewer || viewer.role !== Role.COMPANY || viewer.companyId !== me.companyId) return 'end';
        if (!SHARED_STATUSES.includes(event.to)) return null;
        const context = await this.review.context(event.matchId);
        if (!context || context.companyId !== viewer.companyId) return null;
        // The same rule as match(id): a company sees its needs' matches once shared.
        const match = await this.reads.findVisible(event.matchId, viewer);
        return match ? { from: event.from, to: event.to, match } : null;
      },
    );
  }

  /**
   * The channel's events mapped for one subscriber, with the user re-read from the graph for each:
   * null skips an event, 'end' ends the stream (the user is gone or no longer has the role).
   */
  private filtered<E, R>(
    channel: string,
    token: string,
    map: (event: E, viewer: Principal | null) => Promise<R | null | 'end'>,
  ): AsyncIterableIterator<R> {
    return this.pubsub.mapped<E, R>(channel, async (event) =>
      map(event, await this.auth.authenticate(token, { fresh: true }).catch(() => null)),
    );
  }
}
