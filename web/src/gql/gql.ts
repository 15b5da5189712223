/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    email\n    displayName\n    role\n    linkedId\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment OwnNeed on Need {\n    id\n    title\n    description\n    keywords\n    desiredOutcome\n    timeline\n    budgetBand\n    confidentiality\n    status\n    updatedAt\n  }\n": typeof types.OwnNeedFragmentDoc,
    "\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n        }\n      }\n    }\n  }\n": typeof types.OwnNeedsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...OwnNeed\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...OwnNeed\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    score\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n    }\n    equipment {\n      name\n      description\n    }\n    researcher {\n      name\n      title\n      profile\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n": typeof types.SharedMatchFragmentDoc,
    "\n  query SharedMatches($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 50) {\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n": typeof types.SharedMatchesDocument,
    "\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n": typeof types.AnswerDocument,
    "\n  query Inbox($first: Int!) {\n    reviewInbox(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          kind\n          status\n          need {\n            id\n            title\n            company {\n              name\n            }\n          }\n          seed {\n            title\n          }\n          equipment {\n            name\n          }\n          researcher {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  fragment MatchDetail on Match {\n    id\n    kind\n    status\n    nextStatuses\n    score\n    note\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      summary\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      keywords\n      company {\n        name\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n    }\n    equipment {\n      id\n      name\n      description\n      specifications\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n": typeof types.MatchDetailFragmentDoc,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchDetail\n    }\n  }\n": typeof types.MatchDocument,
    "\n  mutation ChangeStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchDetail\n    }\n  }\n": typeof types.ChangeStatusDocument,
    "\n  fragment ExplorerNode on NetworkNode {\n    id\n    kind\n    label\n    regionIds\n    degree\n  }\n": typeof types.ExplorerNodeFragmentDoc,
    "\n  fragment ExplorerEdge on NetworkEdge {\n    id\n    type\n    source\n    target\n  }\n": typeof types.ExplorerEdgeFragmentDoc,
    "\n  fragment ExplorerGraph on NetworkGraph {\n    nodes {\n      ...ExplorerNode\n    }\n    edges {\n      ...ExplorerEdge\n    }\n    truncated\n    omittedNodes\n  }\n": typeof types.ExplorerGraphFragmentDoc,
    "\n  query Regions {\n    regions(first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query MyConsortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      region {\n        id\n      }\n    }\n  }\n": typeof types.MyConsortiumDocument,
    "\n  query RegionNetwork($regionId: ID!, $nodeKinds: [NetworkNodeKind!], $limit: Int) {\n    regionNetwork(regionId: $regionId, nodeKinds: $nodeKinds, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n": typeof types.RegionNetworkDocument,
    "\n  query Neighbourhood($nodeId: ID!, $limit: Int) {\n    networkNeighbourhood(nodeId: $nodeId, depth: 1, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Path($fromId: ID!, $toId: ID!) {\n    introductionPath(fromId: $fromId, toId: $toId, maxLength: 6) {\n      nodes {\n        ...ExplorerNode\n      }\n      edges {\n        ...ExplorerEdge\n      }\n      length\n      steps\n    }\n  }\n": typeof types.PathDocument,
    "\n  query Kpis($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    programKpis(regionId: $regionId, from: $from, to: $to) {\n      seedsCollected\n      needsSurveyed\n      matchesSuggested\n      matchesReviewed\n      matchesShared\n      matchesIntroduced\n      matchesAgreed\n      medianDaysToIntroduction\n      hrProgramParticipants\n    }\n  }\n": typeof types.KpisDocument,
    "\n  query Figures($regionId: ID!) {\n    regionFigures(regionId: $regionId, top: 8) {\n      countsByKind {\n        kind\n        count\n      }\n      topOrganizations {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      topResearchers {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      unmetNeeds {\n        id\n        title\n        company {\n          name\n        }\n      }\n      orphanSeeds {\n        id\n        title\n      }\n      unmetNeedClusters {\n        terms\n        needs {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.FiguresDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    matchId\n    needId\n    equipmentUseRequestId\n    needTitle\n    companyName\n    equipmentName\n    suggestionCount\n    interested\n    matchStatus\n    previousMatchStatus\n    useStatus\n    previousUseStatus\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    email\n    displayName\n    role\n    linkedId\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment OwnNeed on Need {\n    id\n    title\n    description\n    keywords\n    desiredOutcome\n    timeline\n    budgetBand\n    confidentiality\n    status\n    updatedAt\n  }\n": types.OwnNeedFragmentDoc,
    "\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n        }\n      }\n    }\n  }\n": types.OwnNeedsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...OwnNeed\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...OwnNeed\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    score\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n    }\n    equipment {\n      name\n      description\n    }\n    researcher {\n      name\n      title\n      profile\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n": types.SharedMatchFragmentDoc,
    "\n  query SharedMatches($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 50) {\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n": types.SharedMatchesDocument,
    "\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n": types.AnswerDocument,
    "\n  query Inbox($first: Int!) {\n    reviewInbox(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          kind\n          status\n          need {\n            id\n            title\n            company {\n              name\n            }\n          }\n          seed {\n            title\n          }\n          equipment {\n            name\n          }\n          researcher {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  fragment MatchDetail on Match {\n    id\n    kind\n    status\n    nextStatuses\n    score\n    note\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      summary\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      keywords\n      company {\n        name\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n    }\n    equipment {\n      id\n      name\n      description\n      specifications\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n": types.MatchDetailFragmentDoc,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchDetail\n    }\n  }\n": types.MatchDocument,
    "\n  mutation ChangeStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchDetail\n    }\n  }\n": types.ChangeStatusDocument,
    "\n  fragment ExplorerNode on NetworkNode {\n    id\n    kind\n    label\n    regionIds\n    degree\n  }\n": types.ExplorerNodeFragmentDoc,
    "\n  fragment ExplorerEdge on NetworkEdge {\n    id\n    type\n    source\n    target\n  }\n": types.ExplorerEdgeFragmentDoc,
    "\n  fragment ExplorerGraph on NetworkGraph {\n    nodes {\n      ...ExplorerNode\n    }\n    edges {\n      ...ExplorerEdge\n    }\n    truncated\n    omittedNodes\n  }\n": types.ExplorerGraphFragmentDoc,
    "\n  query Regions {\n    regions(first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  query MyConsortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      region {\n        id\n      }\n    }\n  }\n": types.MyConsortiumDocument,
    "\n  query RegionNetwork($regionId: ID!, $nodeKinds: [NetworkNodeKind!], $limit: Int) {\n    regionNetwork(regionId: $regionId, nodeKinds: $nodeKinds, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n": types.RegionNetworkDocument,
    "\n  query Neighbourhood($nodeId: ID!, $limit: Int) {\n    networkNeighbourhood(nodeId: $nodeId, depth: 1, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Path($fromId: ID!, $toId: ID!) {\n    introductionPath(fromId: $fromId, toId: $toId, maxLength: 6) {\n      nodes {\n        ...ExplorerNode\n      }\n      edges {\n        ...ExplorerEdge\n      }\n      length\n      steps\n    }\n  }\n": types.PathDocument,
    "\n  query Kpis($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    programKpis(regionId: $regionId, from: $from, to: $to) {\n      seedsCollected\n      needsSurveyed\n      matchesSuggested\n      matchesReviewed\n      matchesShared\n      matchesIntroduced\n      matchesAgreed\n      medianDaysToIntroduction\n      hrProgramParticipants\n    }\n  }\n": types.KpisDocument,
    "\n  query Figures($regionId: ID!) {\n    regionFigures(regionId: $regionId, top: 8) {\n      countsByKind {\n        kind\n        count\n      }\n      topOrganizations {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      topResearchers {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      unmetNeeds {\n        id\n        title\n        company {\n          name\n        }\n      }\n      orphanSeeds {\n        id\n        title\n      }\n      unmetNeedClusters {\n        terms\n        needs {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.FiguresDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    matchId\n    needId\n    equipmentUseRequestId\n    needTitle\n    companyName\n    equipmentName\n    suggestionCount\n    interested\n    matchStatus\n    previousMatchStatus\n    useStatus\n    previousUseStatus\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    displayName\n    role\n    linkedId\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    displayName\n    role\n    linkedId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnNeed on Need {\n    id\n    title\n    description\n    keywords\n    desiredOutcome\n    timeline\n    budgetBand\n    confidentiality\n    status\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OwnNeed on Need {\n    id\n    title\n    description\n    keywords\n    desiredOutcome\n    timeline\n    budgetBand\n    confidentiality\n    status\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...OwnNeed\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...OwnNeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...OwnNeed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...OwnNeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    score\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n    }\n    equipment {\n      name\n      description\n    }\n    researcher {\n      name\n      title\n      profile\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n"): (typeof documents)["\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    score\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n    }\n    equipment {\n      name\n      description\n    }\n    researcher {\n      name\n      title\n      profile\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedMatches($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 50) {\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedMatches($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 50) {\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n"): (typeof documents)["\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!) {\n    reviewInbox(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          kind\n          status\n          need {\n            id\n            title\n            company {\n              name\n            }\n          }\n          seed {\n            title\n          }\n          equipment {\n            name\n          }\n          researcher {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!) {\n    reviewInbox(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          kind\n          status\n          need {\n            id\n            title\n            company {\n              name\n            }\n          }\n          seed {\n            title\n          }\n          equipment {\n            name\n          }\n          researcher {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchDetail on Match {\n    id\n    kind\n    status\n    nextStatuses\n    score\n    note\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      summary\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      keywords\n      company {\n        name\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n    }\n    equipment {\n      id\n      name\n      description\n      specifications\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n"): (typeof documents)["\n  fragment MatchDetail on Match {\n    id\n    kind\n    status\n    nextStatuses\n    score\n    note\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      summary\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      keywords\n      company {\n        name\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n    }\n    equipment {\n      id\n      name\n      description\n      specifications\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchDetail\n    }\n  }\n"): (typeof documents)["\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerNode on NetworkNode {\n    id\n    kind\n    label\n    regionIds\n    degree\n  }\n"): (typeof documents)["\n  fragment ExplorerNode on NetworkNode {\n    id\n    kind\n    label\n    regionIds\n    degree\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerEdge on NetworkEdge {\n    id\n    type\n    source\n    target\n  }\n"): (typeof documents)["\n  fragment ExplorerEdge on NetworkEdge {\n    id\n    type\n    source\n    target\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerGraph on NetworkGraph {\n    nodes {\n      ...ExplorerNode\n    }\n    edges {\n      ...ExplorerEdge\n    }\n    truncated\n    omittedNodes\n  }\n"): (typeof documents)["\n  fragment ExplorerGraph on NetworkGraph {\n    nodes {\n      ...ExplorerNode\n    }\n    edges {\n      ...ExplorerEdge\n    }\n    truncated\n    omittedNodes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions(first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions(first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      region {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConsortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      region {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionNetwork($regionId: ID!, $nodeKinds: [NetworkNodeKind!], $limit: Int) {\n    regionNetwork(regionId: $regionId, nodeKinds: $nodeKinds, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n"): (typeof documents)["\n  query RegionNetwork($regionId: ID!, $nodeKinds: [NetworkNodeKind!], $limit: Int) {\n    regionNetwork(regionId: $regionId, nodeKinds: $nodeKinds, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($nodeId: ID!, $limit: Int) {\n    networkNeighbourhood(nodeId: $nodeId, depth: 1, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n"): (typeof documents)["\n  query Neighbourhood($nodeId: ID!, $limit: Int) {\n    networkNeighbourhood(nodeId: $nodeId, depth: 1, limit: $limit) {\n      ...ExplorerGraph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($fromId: ID!, $toId: ID!) {\n    introductionPath(fromId: $fromId, toId: $toId, maxLength: 6) {\n      nodes {\n        ...ExplorerNode\n      }\n      edges {\n        ...ExplorerEdge\n      }\n      length\n      steps\n    }\n  }\n"): (typeof documents)["\n  query Path($fromId: ID!, $toId: ID!) {\n    introductionPath(fromId: $fromId, toId: $toId, maxLength: 6) {\n      nodes {\n        ...ExplorerNode\n      }\n      edges {\n        ...ExplorerEdge\n      }\n      length\n      steps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kpis($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    programKpis(regionId: $regionId, from: $from, to: $to) {\n      seedsCollected\n      needsSurveyed\n      matchesSuggested\n      matchesReviewed\n      matchesShared\n      matchesIntroduced\n      matchesAgreed\n      medianDaysToIntroduction\n      hrProgramParticipants\n    }\n  }\n"): (typeof documents)["\n  query Kpis($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    programKpis(regionId: $regionId, from: $from, to: $to) {\n      seedsCollected\n      needsSurveyed\n      matchesSuggested\n      matchesReviewed\n      matchesShared\n      matchesIntroduced\n      matchesAgreed\n      medianDaysToIntroduction\n      hrProgramParticipants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Figures($regionId: ID!) {\n    regionFigures(regionId: $regionId, top: 8) {\n      countsByKind {\n        kind\n        count\n      }\n      topOrganizations {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      topResearchers {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      unmetNeeds {\n        id\n        title\n        company {\n          name\n        }\n      }\n      orphanSeeds {\n        id\n        title\n      }\n      unmetNeedClusters {\n        terms\n        needs {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Figures($regionId: ID!) {\n    regionFigures(regionId: $regionId, top: 8) {\n      countsByKind {\n        kind\n        count\n      }\n      topOrganizations {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      topResearchers {\n        node {\n          ...ExplorerNode\n        }\n        degree\n      }\n      unmetNeeds {\n        id\n        title\n        company {\n          name\n        }\n      }\n      orphanSeeds {\n        id\n        title\n      }\n      unmetNeedClusters {\n        terms\n        needs {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    matchId\n    needId\n    equipmentUseRequestId\n    needTitle\n    companyName\n    equipmentName\n    suggestionCount\n    interested\n    matchStatus\n    previousMatchStatus\n    useStatus\n    previousUseStatus\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    matchId\n    needId\n    equipmentUseRequestId\n    needTitle\n    companyName\n    equipmentName\n    suggestionCount\n    interested\n    matchStatus\n    previousMatchStatus\n    useStatus\n    previousUseStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;