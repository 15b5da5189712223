import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../common/graphql/pagination';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const MatchKind = graphqlEnum('MatchKind', ['SEED', 'EQUIPMENT', 'RESEARCHER'], 'What a need is matched to.');
export type MatchKind = EnumValue<typeof MatchKind>;

/** Where a coordinator has taken a match. The matcher creates SUGGESTED ones and never changes the status. */
export const MatchStatus = graphqlEnum('MatchStatus', [
  'SUGGESTED',
  'SHORTLISTED',
  'SHARED',
  'INTRODUCED',
  'MEETING_HELD',
  'AGREED',
  'DECLINED',
  'STALLED',
]);
export type MatchStatus = EnumValue<typeof MatchStatus>;

/** Statuses in which the need's company sees the match. */
export const SHARED_STATUSES: MatchStatus[] = [
  MatchStatus.SHARED,
  MatchStatus.INTRODUCED,
  MatchStatus.MEETING_HELD,
  MatchStatus.AGREED,
];

/** Statuses of a match the coordinators are reviewing, before sharing it with the company. */
export const UNDER_REVIEW_STATUSES: MatchStatus[] = [MatchStatus.SUGGESTED, MatchStatus.SHORTLISTED];

@ObjectType({ description: 'A term need and target share, as the need wrote it, with its part of the lexical score.' })
export class MatchTerm {
  @Field({ description: 'The analysed term: an English stem or a Japanese base form.' })
  term: string;

  @Field({ description: 'The word as written in the need.' })
  surface: string;

  @Field(() => Float, { description: "This term's share of the lexical score, 0-1." })
  share: number;
}

@ObjectType()
export class PathNode {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Organization, Contact, Coordinator, Researcher, Consortium or SupportStaff.' })
  kind: string;

  @Field()
  name: string;
}

@ObjectType({
  description: "Who can introduce whom: the shortest chain from the need's company to the target's people.",
})
export class IntroductionPath {
  @Field(() => [PathNode])
  nodes: PathNode[];

  @Field(() => [String], { description: 'Relationship types between consecutive nodes (WORKS_AT, KNOWS, MEMBER_OF).' })
  relations: string[];

  @Field({ description: 'The path in one line, e.g. "A1 Foods — WORKS_AT — Sato — KNOWS — Tanaka — KNOWS — Suzuki".' })
  summary: string;
}

@ObjectType({ description: 'A suggested pairing of a need with a seed, a piece of equipment or a researcher.' })
export class Match {
  @Field(() => ID)
  id: string;

  @Field(() => MatchKind)
  kind: MatchKind;

  @Field(() => ID)
  needId: string;

  @Field(() => ID)
  targetId: string;

  @Field(() => Float, { description: 'Lexical score plus network boosts, 0-1.' })
  score: number;

  @Field(() => Float, { description: 'Text similarity alone (BM25 over the query upper bound), 0-1.' })
  lexicalScore: number;

  @Field(() => Float, { description: 'Added because need and target are in the same region.' })
  regionBoost: number;

  @Field(() => Float, { description: 'Added because an introduction path joins them.' })
  pathBoost: number;

  @Field(() => [MatchTerm], { description: 'The shared terms that contributed most.' })
  explanation: MatchTerm[];

  @Field(() => IntroductionPath, { nullable: true })
  path: IntroductionPath | null;

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field({
    description:
      "False when the latest computation no longer ranks it in the need's top k (kept because a coordinator acted on it).",
  })
  current: boolean;

  @Field({ description: 'True when its need or target was deleted (kept because a coordinator acted on it).' })
  stale: boolean;

  @Field()
  engineVersion: string;

  @Field()
  computedAt: Date;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class MatchConnection extends Paginated(Match) {}
