import { Inject, Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { APP_CONFIG } from '../../../config/config.module';
import { AppConfig } from '../../../config/app-config';
import { coversRegion } from '../../auth/access-policy';
import { isAdmin, Principal } from '../../auth/principal';
import { MatchStatus } from '../models/match.model';
import { MatchStatusCount } from '../models/match-pipeline.model';
import { stalledCutoff } from '../review/match-review.rules';
import { MatchPipelineArgs, MatchPipelineFilter } from './dto/match-pipeline.args';
import { MatchPipelineRepository, PipelineQuery } from './match-pipeline.repository';

const notFound = (what: string, id: string, field: string) =>
  new AppError(ErrorCode.NotFound, `No ${what} with id ${id}`, { field });
const badInput = (field: string, message: string) =>
  new AppError(ErrorCode.BadUserInput, message, { field, fields: [field] });
const outside = (field: string, message: string) => new AppError(ErrorCode.Forbidden, message, { field });

/**
 * The coordinator's pipeline: every match they may act on (the matches of the needs of their
 * regions that they may see; an admin's: every region), filtered as the client asks. Arguments
 * that name something are checked here, each error naming its field under `filter.`.
 */
@Injectable()
export class MatchPipelineService {
  constructor(
    private readonly repository: MatchPipelineRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(args: MatchPipelineArgs, me: Principal) {
    const query = await this.resolve(args.filter ?? {}, me);
    return this.repository.page(query, args, me);
  }

  /** How many matches of the filter are in each status, in workflow order: every status, or those of `filter.statuses`. */
  async counts(filter: MatchPipelineFilter | undefined, me: Principal): Promise<MatchStatusCount[]> {
    const query = await this.resolve(filter ?? {}, me);
    const counts = await this.repository.statusCounts(query, me);
    return (query.statuses ?? Object.values(MatchStatus)).map((status) => ({
      status,
      count: counts.get(status) ?? 0,
    }));
  }

  private async resolve(filter: MatchPipelineFilter, me: Principal): Promise<PipelineQuery> {
    if (filter.assignedToMe && filter.assigneeId) {
      throw badInput('filter.assignedToMe', 'assignedToMe and assigneeId cannot both be given: send one');
    }
    if (filter.assignedToMe && !me.coordinatorId) {
      throw badInput('filter.assignedToMe', 'assignedToMe is for coordinators; filter by assigneeId instead');
    }
    if (filter.regionId) await this.checkRegion(filter.regionId, me);
    if (filter.needId) await this.checkNeed(filter.needId, me);
    if (filter.companyId) await this.checkCompany(filter.companyId, me);
    if (filter.assigneeId && !(await this.repository.exists('Coordinator', filter.assigneeId))) {
      throw notFound('coordinator', filter.assigneeId, 'filter.assigneeId');
    }
    const { stalledAfterDays } = this.config.matchReview;
    return {
      regionIds: filter.regionId ? [filter.regionId] : isAdmin(me) ? null : me.coordinatorRegionIds,
      needId: filter.needId ?? null,
      companyId: filter.companyId ?? null,
      kind: filter.kind ?? null,
      minScore: filter.minScore ?? 0,
      statuses: filter.statuses ?? null,
      assigneeId: filter.assignedToMe ? me.coordinatorId : (filter.assigneeId ?? null),
      search: filter.search ?? null,
      stalledCutoff: filter.stalledOnly ? stalledCutoff(new Date(), stalledAfterDays) : null,
    };
  }

  private async checkRegion(regionId: string, me: Principal): Promise<void> {
    if (!coversRegion(me, regionId)) {
      throw outside('filter.regionId', `filter.regionId: you do not cover region ${regionId}`);
    }
    if (!(await this.repository.exists('Region', regionId))) throw notFound('region', regionId, 'filter.regionId');
  }

  private async checkNeed(needId: string, me: Principal): Promise<void> {
    const regionId = await this.repository.needRegion(needId, me);
    if (regionId === undefined) throw notFound('need', needId, 'filter.needId');
    if (!coversRegion(me, regionId)) {
      throw outside('filter.needId', `filter.needId: need ${needId} is outside the regions you cover`);
    }
  }

  private async checkCompany(companyId: string, me: Principal): Promise<void> {
    const organization = await this.repository.organization(companyId);
    if (!organization) throw notFound('organization', companyId, 'filter.companyId');
    if (organization.kind !== 'COMPANY') {
      throw badInput(
        'filter.companyId',
        `filter.companyId must be a company (this organization is a ${organization.kind})`,
      );
    }
    if (!coversRegion(me, organization.regionId)) {
      throw outside('filter.companyId', `filter.companyId: company ${companyId} is outside the regions you cover`);
    }
  }
}
