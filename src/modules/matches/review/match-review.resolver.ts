import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../../common/graphql/request.decorator';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { Match, MatchConnection, MatchStatus } from '../models/match.model';
import {
  AnnotateMatchArgs,
  AnswerMatchArgs,
  AssignMatchArgs,
  AssignNeedArgs,
  ChangeMatchStatusArgs,
  ChangeMatchStatusesArgs,
  ProgramKpisArgs,
  ReviewInboxArgs,
} from './dto/match-review.inputs';
import { MatchReviewService } from './match-review.service';
import { answerChangeable } from './match-review.rules';
import {
  AgreementKind,
  CompanyAnswer,
  DeclineReason,
  MatchEvent,
  ProgramKpis,
  StalledRun,
} from '../models/match-review.model';

/** What the review workflow stores on a Match node, beyond the matcher's fields. */
type ReviewedMatch = Match & {
  note?: string | null;
  declineReason?: DeclineReason | null;
  agreementKind?: AgreementKind | null;
  companyAnswer?: boolean | null;
  companyAnswerNote?: string | null;
  companyAnswerAt?: Date | null;
  companyAnswerBy?: string | null;
  companyAnswerSettled?: boolean | null;
};

const isStaff = (me: Principal) => me.role === Role.ADMIN || me.role === Role.COORDINATOR;

/** The coordinators' review workflow, and the Match fields it adds (history, notes, answer, nextStatuses). */
@Resolver(() => Match)
export class MatchReviewResolver {
  constructor(private readonly service: MatchReviewService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Match, {
    description:
      "Moves a match along the workflow (admins; coordinators of the need's region). BAD_USER_INPUT names the current and requested status when the move is not allowed; CONFLICT when someone else moved it first.",
  })
  changeMatchStatus(@Args() args: ChangeMatchStatusArgs, @CurrentUser() me: Principal) {
    return this.service.changeStatus(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => [Match], {
    description:
      "Moves several matches to one status with one note, declineReason or agreementKind, all or nothing: each is checked as changeMatchStatus checks it, and when any may not move nothing is written and the error (that match's code) names it in `matchId` and `index`, with every refused match in `problems`. Returns the matches in the order given.",
  })
  changeMatchStatuses(@Args() args: ChangeMatchStatusesArgs, @CurrentUser() me: Principal) {
    return this.service.changeStatuses(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Match, { description: 'Adds a note to the history without changing the status.' })
  annotateMatch(@Args() args: AnnotateMatchArgs, @CurrentUser() me: Principal) {
    return this.service.annotate(args, me);
  }

  @Roles(Role.COMPANY)
  @Mutation(() => Match, {
    description: "The need's company answers a match shared with it: interested or not, with a note.",
  })
  answerMatch(@Args() args: AnswerMatchArgs, @CurrentUser() me: Principal) {
    return this.service.answer(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Match, {
    description: "Assigns a match to a coordinator who covers its need's region (replacing any other).",
  })
  assignMatch(@Args() args: AssignMatchArgs, @CurrentUser() me: Principal) {
    return this.service.assignMatch(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description: 'Assigns a need to a coordinator who covers its region (replacing any other).',
  })
  assignNeed(@Args() args: AssignNeedArgs, @CurrentUser() me: Principal) {
    return this.service.assignNeed(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => MatchConnection, {
    description:
      "Current suggestions waiting for review in your regions (an admin's: all), best score first, then the longest waiting.",
  })
  reviewInbox(@Args() args: ReviewInboxArgs, @CurrentUser() me: Principal) {
    return this.service.inbox(args.first, args.after, me);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => StalledRun, { description: 'Runs the stalled detection now (MATCH_STALLED_AFTER_DAYS).' })
  async flagStalledMatches(): Promise<StalledRun> {
    const matchIds = await this.service.flagStalled(new Date());
    return { flagged: matchIds.length, matchIds };
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.CONSORTIUM_MANAGER)
  @Query(() => ProgramKpis, {
    description: "A region's program figures for [from, to): admins, the region's coordinators and managers.",
  })
  programKpis(@Args() args: ProgramKpisArgs, @CurrentUser() me: Principal) {
    return this.service.kpis(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.CONSORTIUM_MANAGER)
  @Query(() => String, { description: 'programKpis as CSV: a header line and one row.' })
  programKpisCsv(@Args() args: ProgramKpisArgs, @CurrentUser() me: Principal) {
    return this.service.kpisCsv(args, me);
  }

  @ResolveField(() => [MatchEvent], {
    description: 'What happened to the match, oldest first (companies: the steps shared with them).',
  })
  history(@Parent() match: Match, @CurrentUser() me: Principal, @Req() req: Request) {
    return this.service.history(req, match, me);
  }

  @ResolveField(() => [MatchStatus], {
    description:
      "The statuses you may move this match to now with changeMatchStatus (the workflow's next steps, for admins and the coordinators of its need's region); empty for everyone else and for a final status.",
  })
  nextStatuses(@Parent() match: Match, @CurrentUser() me: Principal, @Req() req: Request) {
    return this.service.nextStatuses(req, match, me);
  }

  @ResolveField(() => [MatchStatus], {
    description:
      'Of nextStatuses, those a move to which can be undone: from there the workflow allows moving straight back to the current status. A move to any other of nextStatuses is final for this step.',
  })
  undoableStatuses(@Parent() match: Match, @CurrentUser() me: Principal, @Req() req: Request) {
    return this.service.undoableStatuses(req, match, me);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The coordinators' latest note (not shown to companies).",
  })
  note(@Parent() match: ReviewedMatch, @CurrentUser() me: Principal) {
    return isStaff(me) ? (match.note ?? null) : null;
  }

  @ResolveField(() => DeclineReason, { nullable: true })
  declineReason(@Parent() match: ReviewedMatch, @CurrentUser() me: Principal) {
    return isStaff(me) ? (match.declineReason ?? null) : null;
  }

  @ResolveField(() => AgreementKind, { nullable: true })
  agreementKind(@Parent() match: ReviewedMatch) {
    return match.agreementKind ?? null;
  }

  @ResolveField(() => CompanyAnswer, { nullable: true, description: "The company's answer, once it gave one." })
  companyAnswer(@Parent() match: ReviewedMatch): CompanyAnswer | null {
    if (match.companyAnswer === undefined || match.companyAnswer === null) return null;
    return {
      interested: match.companyAnswer,
      note: match.companyAnswerNote ?? null,
      at: match.companyAnswerAt as Date,
      byName: match.companyAnswerBy ?? '',
    };
  }

  @ResolveField(() => Boolean, {
    description:
      "Whether you may answer this match now with answerMatch, or change the answer you gave: for the need's company, while the match is shared with it and until the coordinator acts on the answer (the next status change after it); false for everyone else.",
  })
  answerChangeable(@Parent() match: ReviewedMatch, @CurrentUser() me: Principal): boolean {
    // A company reads only its own needs' matches (MatchReadsRepository), so its role is enough here.
    return me.role === Role.COMPANY && answerChangeable(match);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The coordinator the match is assigned to.' })
  assignedCoordinatorId(@Parent() match: Match, @CurrentUser() me: Principal, @Req() req: Request) {
    return isStaff(me) ? this.service.assignedCoordinatorId(req, match) : null;
  }
}
