import { MatchStatus } from '../models/match.model';

/** Redis channels of live match events (see RedisPubSub); payloads carry ids only. */
export const LiveChannel = {
  MatchSuggested: 'match-suggested',
  MatchStatusChanged: 'match-status-changed',
} as const;

/** The matcher wrote a new SUGGESTED match. */
export interface MatchSuggestedEvent {
  matchId: string;
}

/** A match changed status (a coordinator, or the stalled detection). */
export interface MatchStatusChangedEvent {
  matchId: string;
  from: MatchStatus;
  to: MatchStatus;
}

/** Provider token of the process's RedisPubSub. */
export const LIVE_PUBSUB = Symbol('LIVE_PUBSUB');
