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
    "\n  fragment SeedHolding on Seed {\n    field\n    stage\n    ipStatus\n    ipNumbers\n    holderResearchers {\n      id\n      name\n      title\n      affiliations {\n        name\n      }\n    }\n    holderOrganizations {\n      id\n      name\n    }\n  }\n": typeof types.SeedHoldingFragmentDoc,
    "\n  fragment SessionUser on User {\n    id\n    email\n    displayName\n    role\n    linkedId\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment OwnNeed on Need {\n    id\n    title\n    description\n    keywords\n    desiredOutcome\n    timeline\n    budgetBand\n    confidentiality\n    status\n    updatedAt\n  }\n": typeof types.OwnNeedFragmentDoc,
    "\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n          createdAt\n          matchesComputedAt\n          matchesUnderReview\n        }\n      }\n    }\n  }\n": typeof types.OwnNeedsDocument,
    "\n  query SharedCount($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SharedCountDocument,
    "\n  query EditNeed($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n    }\n  }\n": typeof types.EditNeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...OwnNeed\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...OwnNeed\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    answerChangeable\n    agreementKind\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      description\n      category\n      availability\n      fees\n      conditions\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n    history {\n      id\n      kind\n      from\n      to\n      at\n      note\n      interested\n    }\n  }\n": typeof types.SharedMatchFragmentDoc,
    "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n      createdAt\n      matchesComputedAt\n      matchesUnderReview\n      company {\n        name\n      }\n      region {\n        name\n      }\n    }\n    matchesForNeed(needId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n": typeof types.NeedPageDocument,
    "\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n": typeof types.AnswerDocument,
    "\n  fragment EquipmentSummary on Equipment {\n    id\n    name\n    category\n    description\n    availability\n    conditions\n    fees\n    host {\n      name\n      region {\n        name\n      }\n    }\n  }\n": typeof types.EquipmentSummaryFragmentDoc,
    "\n  query Equipments($keyword: String, $availability: EquipmentAvailability) {\n    equipments(first: 100, keyword: $keyword, availability: $availability) {\n      totalCount\n      edges {\n        node {\n          ...EquipmentSummary\n        }\n      }\n    }\n  }\n": typeof types.EquipmentsDocument,
    "\n  fragment UseRequest on EquipmentUseRequest {\n    id\n    equipmentId\n    matchId\n    status\n    purpose\n    wishedFrom\n    wishedTo\n    proposedFrom\n    proposedTo\n    refusalReason\n    createdAt\n    statusChangedAt\n    history {\n      id\n      from\n      to\n      at\n      byName\n      note\n      proposedFrom\n      proposedTo\n      reason\n    }\n  }\n": typeof types.UseRequestFragmentDoc,
    "\n  query UseRequests {\n    equipmentUseRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...UseRequest\n        }\n      }\n    }\n  }\n": typeof types.UseRequestsDocument,
    "\n  query UseRequestPage($id: ID!) {\n    equipmentUseRequest(id: $id) {\n      ...UseRequest\n    }\n  }\n": typeof types.UseRequestPageDocument,
    "\n  query EquipmentOne($id: ID!) {\n    equipment(id: $id) {\n      ...EquipmentSummary\n      specifications\n      supportStaff {\n        name\n        title\n      }\n    }\n  }\n": typeof types.EquipmentOneDocument,
    "\n  mutation RequestUse($input: RequestEquipmentUseInput!) {\n    requestEquipmentUse(input: $input) {\n      ...UseRequest\n    }\n  }\n": typeof types.RequestUseDocument,
    "\n  mutation ChangeUse($requestId: ID!, $to: EquipmentUseStatus!, $note: String) {\n    changeEquipmentUseStatus(requestId: $requestId, to: $to, note: $note) {\n      ...UseRequest\n    }\n  }\n": typeof types.ChangeUseDocument,
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
    "\n  fragment MatchPage on Match {\n    id\n    kind\n    status\n    nextStatuses\n    undoableStatuses\n    score\n    lexicalScore\n    regionBoost\n    pathBoost\n    current\n    stale\n    note\n    declineReason\n    agreementKind\n    assignedCoordinatorId\n    computedAt\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      desiredOutcome\n      keywords\n      budgetBand\n      timeline\n      confidentiality\n      status\n      regionId\n      region {\n        name\n      }\n      company {\n        name\n        industry\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      category\n      description\n      specifications\n      availability\n      conditions\n      fees\n      host {\n        name\n      }\n      supportStaff {\n        id\n        name\n        title\n      }\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n": typeof types.MatchPageFragmentDoc,
    "\n  query MatchPage($id: ID!) {\n    match(id: $id) {\n      ...MatchPage\n    }\n  }\n": typeof types.MatchPageDocument,
    "\n  mutation ChangeMatchStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchPage\n    }\n  }\n": typeof types.ChangeMatchStatusDocument,
    "\n  mutation AnnotateMatch($matchId: ID!, $note: String!) {\n    annotateMatch(matchId: $matchId, note: $note) {\n      ...MatchPage\n    }\n  }\n": typeof types.AnnotateMatchDocument,
    "\n  mutation AssignMatch($matchId: ID!, $coordinatorId: ID!) {\n    assignMatch(matchId: $matchId, coordinatorId: $coordinatorId) {\n      ...MatchPage\n    }\n  }\n": typeof types.AssignMatchDocument,
    "\n  query RegionCoordinators($regionId: ID!) {\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          specialtyFields\n        }\n      }\n    }\n  }\n": typeof types.RegionCoordinatorsDocument,
    "\n  query CoordinatorName($id: ID!) {\n    coordinator(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CoordinatorNameDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    matchId\n    needId\n    equipmentUseRequestId\n    needTitle\n    companyName\n    equipmentName\n    suggestionCount\n    interested\n    matchStatus\n    previousMatchStatus\n    useStatus\n    previousUseStatus\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment PipelineRow on Match {\n    id\n    score\n    kind\n    status\n    nextStatuses\n    assignedCoordinatorId\n    need {\n      id\n      title\n      company {\n        id\n        name\n      }\n    }\n    seed {\n      title\n      holderResearchers {\n        name\n      }\n      holderOrganizations {\n        name\n      }\n    }\n    equipment {\n      name\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      affiliations {\n        name\n      }\n    }\n  }\n": typeof types.PipelineRowFragmentDoc,
    "\n  query PipelinePage($filter: MatchPipelineFilter!, $sort: MatchPipelineSort!, $first: Int!, $after: String) {\n    matchPipeline(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineRow\n        }\n      }\n    }\n  }\n": typeof types.PipelinePageDocument,
    "\n  query PipelineCounts($filter: MatchPipelineFilter!) {\n    matchPipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": typeof types.PipelineCountsDocument,
    "\n  query PipelineRegions($me: ID!) {\n    coordinator(id: $me) {\n      id\n      regions {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PipelineRegionsDocument,
    "\n  query PipelineChoices($regionId: ID, $companyId: ID, $inRegion: Boolean!) {\n    organizations(kind: COMPANY, regionId: $regionId, first: 100, sort: NAME, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    needs(regionId: $regionId, companyId: $companyId, first: 100, sort: TITLE, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PipelineChoicesDocument,
    "\n  mutation PipelineMove($matchIds: [ID!]!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason) {\n    changeMatchStatuses(matchIds: $matchIds, to: $to, note: $note, declineReason: $declineReason) {\n      id\n      status\n    }\n  }\n": typeof types.PipelineMoveDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  fragment SeedHolding on Seed {\n    field\n    stage\n    ipStatus\n    ipNumbers\n    holderResearchers {\n      id\n      name\n      title\n      affiliations {\n        name\n      }\n    }\n    holderOrganizations {\n      id\n      name\n    }\n  }\n": types.SeedHoldingFragmentDoc,
    "\n  fragment SessionUser on User {\n    id\n    email\n    displayName\n    role\n    linkedId\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment OwnNeed on Need {\n    id\n    title\n    description\n    keywords\n    desiredOutcome\n    timeline\n    budgetBand\n    confidentiality\n    status\n    updatedAt\n  }\n": types.OwnNeedFragmentDoc,
    "\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n          createdAt\n          matchesComputedAt\n          matchesUnderReview\n        }\n      }\n    }\n  }\n": types.OwnNeedsDocument,
    "\n  query SharedCount($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 1) {\n      totalCount\n    }\n  }\n": types.SharedCountDocument,
    "\n  query EditNeed($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n    }\n  }\n": types.EditNeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...OwnNeed\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...OwnNeed\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    answerChangeable\n    agreementKind\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      description\n      category\n      availability\n      fees\n      conditions\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n    history {\n      id\n      kind\n      from\n      to\n      at\n      note\n      interested\n    }\n  }\n": types.SharedMatchFragmentDoc,
    "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n      createdAt\n      matchesComputedAt\n      matchesUnderReview\n      company {\n        name\n      }\n      region {\n        name\n      }\n    }\n    matchesForNeed(needId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n": types.NeedPageDocument,
    "\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n": types.AnswerDocument,
    "\n  fragment EquipmentSummary on Equipment {\n    id\n    name\n    category\n    description\n    availability\n    conditions\n    fees\n    host {\n      name\n      region {\n        name\n      }\n    }\n  }\n": types.EquipmentSummaryFragmentDoc,
    "\n  query Equipments($keyword: String, $availability: EquipmentAvailability) {\n    equipments(first: 100, keyword: $keyword, availability: $availability) {\n      totalCount\n      edges {\n        node {\n          ...EquipmentSummary\n        }\n      }\n    }\n  }\n": types.EquipmentsDocument,
    "\n  fragment UseRequest on EquipmentUseRequest {\n    id\n    equipmentId\n    matchId\n    status\n    purpose\n    wishedFrom\n    wishedTo\n    proposedFrom\n    proposedTo\n    refusalReason\n    createdAt\n    statusChangedAt\n    history {\n      id\n      from\n      to\n      at\n      byName\n      note\n      proposedFrom\n      proposedTo\n      reason\n    }\n  }\n": types.UseRequestFragmentDoc,
    "\n  query UseRequests {\n    equipmentUseRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...UseRequest\n        }\n      }\n    }\n  }\n": types.UseRequestsDocument,
    "\n  query UseRequestPage($id: ID!) {\n    equipmentUseRequest(id: $id) {\n      ...UseRequest\n    }\n  }\n": types.UseRequestPageDocument,
    "\n  query EquipmentOne($id: ID!) {\n    equipment(id: $id) {\n      ...EquipmentSummary\n      specifications\n      supportStaff {\n        name\n        title\n      }\n    }\n  }\n": types.EquipmentOneDocument,
    "\n  mutation RequestUse($input: RequestEquipmentUseInput!) {\n    requestEquipmentUse(input: $input) {\n      ...UseRequest\n    }\n  }\n": types.RequestUseDocument,
    "\n  mutation ChangeUse($requestId: ID!, $to: EquipmentUseStatus!, $note: String) {\n    changeEquipmentUseStatus(requestId: $requestId, to: $to, note: $note) {\n      ...UseRequest\n    }\n  }\n": types.ChangeUseDocument,
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
    "\n  fragment MatchPage on Match {\n    id\n    kind\n    status\n    nextStatuses\n    undoableStatuses\n    score\n    lexicalScore\n    regionBoost\n    pathBoost\n    current\n    stale\n    note\n    declineReason\n    agreementKind\n    assignedCoordinatorId\n    computedAt\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      desiredOutcome\n      keywords\n      budgetBand\n      timeline\n      confidentiality\n      status\n      regionId\n      region {\n        name\n      }\n      company {\n        name\n        industry\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      category\n      description\n      specifications\n      availability\n      conditions\n      fees\n      host {\n        name\n      }\n      supportStaff {\n        id\n        name\n        title\n      }\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n": types.MatchPageFragmentDoc,
    "\n  query MatchPage($id: ID!) {\n    match(id: $id) {\n      ...MatchPage\n    }\n  }\n": types.MatchPageDocument,
    "\n  mutation ChangeMatchStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchPage\n    }\n  }\n": types.ChangeMatchStatusDocument,
    "\n  mutation AnnotateMatch($matchId: ID!, $note: String!) {\n    annotateMatch(matchId: $matchId, note: $note) {\n      ...MatchPage\n    }\n  }\n": types.AnnotateMatchDocument,
    "\n  mutation AssignMatch($matchId: ID!, $coordinatorId: ID!) {\n    assignMatch(matchId: $matchId, coordinatorId: $coordinatorId) {\n      ...MatchPage\n    }\n  }\n": types.AssignMatchDocument,
    "\n  query RegionCoordinators($regionId: ID!) {\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          specialtyFields\n        }\n      }\n    }\n  }\n": types.RegionCoordinatorsDocument,
    "\n  query CoordinatorName($id: ID!) {\n    coordinator(id: $id) {\n      id\n      name\n    }\n  }\n": types.CoordinatorNameDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    matchId\n    needId\n    equipmentUseRequestId\n    needTitle\n    companyName\n    equipmentName\n    suggestionCount\n    interested\n    matchStatus\n    previousMatchStatus\n    useStatus\n    previousUseStatus\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment PipelineRow on Match {\n    id\n    score\n    kind\n    status\n    nextStatuses\n    assignedCoordinatorId\n    need {\n      id\n      title\n      company {\n        id\n        name\n      }\n    }\n    seed {\n      title\n      holderResearchers {\n        name\n      }\n      holderOrganizations {\n        name\n      }\n    }\n    equipment {\n      name\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      affiliations {\n        name\n      }\n    }\n  }\n": types.PipelineRowFragmentDoc,
    "\n  query PipelinePage($filter: MatchPipelineFilter!, $sort: MatchPipelineSort!, $first: Int!, $after: String) {\n    matchPipeline(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineRow\n        }\n      }\n    }\n  }\n": types.PipelinePageDocument,
    "\n  query PipelineCounts($filter: MatchPipelineFilter!) {\n    matchPipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": types.PipelineCountsDocument,
    "\n  query PipelineRegions($me: ID!) {\n    coordinator(id: $me) {\n      id\n      regions {\n        id\n        name\n      }\n    }\n  }\n": types.PipelineRegionsDocument,
    "\n  query PipelineChoices($regionId: ID, $companyId: ID, $inRegion: Boolean!) {\n    organizations(kind: COMPANY, regionId: $regionId, first: 100, sort: NAME, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    needs(regionId: $regionId, companyId: $companyId, first: 100, sort: TITLE, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PipelineChoicesDocument,
    "\n  mutation PipelineMove($matchIds: [ID!]!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason) {\n    changeMatchStatuses(matchIds: $matchIds, to: $to, note: $note, declineReason: $declineReason) {\n      id\n      status\n    }\n  }\n": types.PipelineMoveDocument,
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
export function graphql(source: "\n  fragment SeedHolding on Seed {\n    field\n    stage\n    ipStatus\n    ipNumbers\n    holderResearchers {\n      id\n      name\n      title\n      affiliations {\n        name\n      }\n    }\n    holderOrganizations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SeedHolding on Seed {\n    field\n    stage\n    ipStatus\n    ipNumbers\n    holderResearchers {\n      id\n      name\n      title\n      affiliations {\n        name\n      }\n    }\n    holderOrganizations {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n          createdAt\n          matchesComputedAt\n          matchesUnderReview\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnNeeds($companyId: ID) {\n    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...OwnNeed\n          createdAt\n          matchesComputedAt\n          matchesUnderReview\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCount($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SharedCount($needId: ID!) {\n    matchesForNeed(needId: $needId, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditNeed($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n    }\n  }\n"): (typeof documents)["\n  query EditNeed($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    answerChangeable\n    agreementKind\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      description\n      category\n      availability\n      fees\n      conditions\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n    history {\n      id\n      kind\n      from\n      to\n      at\n      note\n      interested\n    }\n  }\n"): (typeof documents)["\n  fragment SharedMatch on Match {\n    id\n    kind\n    status\n    answerChangeable\n    agreementKind\n    need {\n      id\n      title\n    }\n    seed {\n      title\n      summary\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      description\n      category\n      availability\n      fees\n      conditions\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    explanation {\n      surface\n      term\n      share\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n    history {\n      id\n      kind\n      from\n      to\n      at\n      note\n      interested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n      createdAt\n      matchesComputedAt\n      matchesUnderReview\n      company {\n        name\n      }\n      region {\n        name\n      }\n    }\n    matchesForNeed(needId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...OwnNeed\n      createdAt\n      matchesComputedAt\n      matchesUnderReview\n      company {\n        name\n      }\n      region {\n        name\n      }\n    }\n    matchesForNeed(needId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SharedMatch\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n"): (typeof documents)["\n  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {\n    answerMatch(matchId: $matchId, interested: $interested, note: $note) {\n      ...SharedMatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EquipmentSummary on Equipment {\n    id\n    name\n    category\n    description\n    availability\n    conditions\n    fees\n    host {\n      name\n      region {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EquipmentSummary on Equipment {\n    id\n    name\n    category\n    description\n    availability\n    conditions\n    fees\n    host {\n      name\n      region {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Equipments($keyword: String, $availability: EquipmentAvailability) {\n    equipments(first: 100, keyword: $keyword, availability: $availability) {\n      totalCount\n      edges {\n        node {\n          ...EquipmentSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Equipments($keyword: String, $availability: EquipmentAvailability) {\n    equipments(first: 100, keyword: $keyword, availability: $availability) {\n      totalCount\n      edges {\n        node {\n          ...EquipmentSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UseRequest on EquipmentUseRequest {\n    id\n    equipmentId\n    matchId\n    status\n    purpose\n    wishedFrom\n    wishedTo\n    proposedFrom\n    proposedTo\n    refusalReason\n    createdAt\n    statusChangedAt\n    history {\n      id\n      from\n      to\n      at\n      byName\n      note\n      proposedFrom\n      proposedTo\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment UseRequest on EquipmentUseRequest {\n    id\n    equipmentId\n    matchId\n    status\n    purpose\n    wishedFrom\n    wishedTo\n    proposedFrom\n    proposedTo\n    refusalReason\n    createdAt\n    statusChangedAt\n    history {\n      id\n      from\n      to\n      at\n      byName\n      note\n      proposedFrom\n      proposedTo\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UseRequests {\n    equipmentUseRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...UseRequest\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UseRequests {\n    equipmentUseRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...UseRequest\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UseRequestPage($id: ID!) {\n    equipmentUseRequest(id: $id) {\n      ...UseRequest\n    }\n  }\n"): (typeof documents)["\n  query UseRequestPage($id: ID!) {\n    equipmentUseRequest(id: $id) {\n      ...UseRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquipmentOne($id: ID!) {\n    equipment(id: $id) {\n      ...EquipmentSummary\n      specifications\n      supportStaff {\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query EquipmentOne($id: ID!) {\n    equipment(id: $id) {\n      ...EquipmentSummary\n      specifications\n      supportStaff {\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUse($input: RequestEquipmentUseInput!) {\n    requestEquipmentUse(input: $input) {\n      ...UseRequest\n    }\n  }\n"): (typeof documents)["\n  mutation RequestUse($input: RequestEquipmentUseInput!) {\n    requestEquipmentUse(input: $input) {\n      ...UseRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUse($requestId: ID!, $to: EquipmentUseStatus!, $note: String) {\n    changeEquipmentUseStatus(requestId: $requestId, to: $to, note: $note) {\n      ...UseRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUse($requestId: ID!, $to: EquipmentUseStatus!, $note: String) {\n    changeEquipmentUseStatus(requestId: $requestId, to: $to, note: $note) {\n      ...UseRequest\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment MatchPage on Match {\n    id\n    kind\n    status\n    nextStatuses\n    undoableStatuses\n    score\n    lexicalScore\n    regionBoost\n    pathBoost\n    current\n    stale\n    note\n    declineReason\n    agreementKind\n    assignedCoordinatorId\n    computedAt\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      desiredOutcome\n      keywords\n      budgetBand\n      timeline\n      confidentiality\n      status\n      regionId\n      region {\n        name\n      }\n      company {\n        name\n        industry\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      category\n      description\n      specifications\n      availability\n      conditions\n      fees\n      host {\n        name\n      }\n      supportStaff {\n        id\n        name\n        title\n      }\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n"): (typeof documents)["\n  fragment MatchPage on Match {\n    id\n    kind\n    status\n    nextStatuses\n    undoableStatuses\n    score\n    lexicalScore\n    regionBoost\n    pathBoost\n    current\n    stale\n    note\n    declineReason\n    agreementKind\n    assignedCoordinatorId\n    computedAt\n    explanation {\n      surface\n      term\n      share\n    }\n    path {\n      relations\n      nodes {\n        id\n        kind\n        name\n      }\n    }\n    need {\n      id\n      title\n      description\n      desiredOutcome\n      keywords\n      budgetBand\n      timeline\n      confidentiality\n      status\n      regionId\n      region {\n        name\n      }\n      company {\n        name\n        industry\n      }\n    }\n    seed {\n      id\n      title\n      summary\n      keywords\n      ...SeedHolding\n    }\n    equipment {\n      id\n      name\n      category\n      description\n      specifications\n      availability\n      conditions\n      fees\n      host {\n        name\n      }\n      supportStaff {\n        id\n        name\n        title\n      }\n    }\n    researcher {\n      id\n      name\n      title\n      profile\n      fields\n      affiliations {\n        name\n      }\n    }\n    history {\n      id\n      at\n      kind\n      byName\n      from\n      to\n      note\n      reason\n      agreementKind\n      interested\n    }\n    companyAnswer {\n      interested\n      note\n      at\n      byName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchPage($id: ID!) {\n    match(id: $id) {\n      ...MatchPage\n    }\n  }\n"): (typeof documents)["\n  query MatchPage($id: ID!) {\n    match(id: $id) {\n      ...MatchPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMatchStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchPage\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMatchStatus(\n    $matchId: ID!\n    $to: MatchStatus!\n    $note: String\n    $declineReason: DeclineReason\n    $agreementKind: AgreementKind\n  ) {\n    changeMatchStatus(\n      matchId: $matchId\n      to: $to\n      note: $note\n      declineReason: $declineReason\n      agreementKind: $agreementKind\n    ) {\n      ...MatchPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnotateMatch($matchId: ID!, $note: String!) {\n    annotateMatch(matchId: $matchId, note: $note) {\n      ...MatchPage\n    }\n  }\n"): (typeof documents)["\n  mutation AnnotateMatch($matchId: ID!, $note: String!) {\n    annotateMatch(matchId: $matchId, note: $note) {\n      ...MatchPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMatch($matchId: ID!, $coordinatorId: ID!) {\n    assignMatch(matchId: $matchId, coordinatorId: $coordinatorId) {\n      ...MatchPage\n    }\n  }\n"): (typeof documents)["\n  mutation AssignMatch($matchId: ID!, $coordinatorId: ID!) {\n    assignMatch(matchId: $matchId, coordinatorId: $coordinatorId) {\n      ...MatchPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionCoordinators($regionId: ID!) {\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          specialtyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionCoordinators($regionId: ID!) {\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n          specialtyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorName($id: ID!) {\n    coordinator(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorName($id: ID!) {\n    coordinator(id: $id) {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment PipelineRow on Match {\n    id\n    score\n    kind\n    status\n    nextStatuses\n    assignedCoordinatorId\n    need {\n      id\n      title\n      company {\n        id\n        name\n      }\n    }\n    seed {\n      title\n      holderResearchers {\n        name\n      }\n      holderOrganizations {\n        name\n      }\n    }\n    equipment {\n      name\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      affiliations {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PipelineRow on Match {\n    id\n    score\n    kind\n    status\n    nextStatuses\n    assignedCoordinatorId\n    need {\n      id\n      title\n      company {\n        id\n        name\n      }\n    }\n    seed {\n      title\n      holderResearchers {\n        name\n      }\n      holderOrganizations {\n        name\n      }\n    }\n    equipment {\n      name\n      host {\n        name\n      }\n    }\n    researcher {\n      name\n      affiliations {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelinePage($filter: MatchPipelineFilter!, $sort: MatchPipelineSort!, $first: Int!, $after: String) {\n    matchPipeline(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelinePage($filter: MatchPipelineFilter!, $sort: MatchPipelineSort!, $first: Int!, $after: String) {\n    matchPipeline(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineCounts($filter: MatchPipelineFilter!) {\n    matchPipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query PipelineCounts($filter: MatchPipelineFilter!) {\n    matchPipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineRegions($me: ID!) {\n    coordinator(id: $me) {\n      id\n      regions {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineRegions($me: ID!) {\n    coordinator(id: $me) {\n      id\n      regions {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineChoices($regionId: ID, $companyId: ID, $inRegion: Boolean!) {\n    organizations(kind: COMPANY, regionId: $regionId, first: 100, sort: NAME, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    needs(regionId: $regionId, companyId: $companyId, first: 100, sort: TITLE, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineChoices($regionId: ID, $companyId: ID, $inRegion: Boolean!) {\n    organizations(kind: COMPANY, regionId: $regionId, first: 100, sort: NAME, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    needs(regionId: $regionId, companyId: $companyId, first: 100, sort: TITLE, direction: ASC) @include(if: $inRegion) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineMove($matchIds: [ID!]!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason) {\n    changeMatchStatuses(matchIds: $matchIds, to: $to, note: $note, declineReason: $declineReason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineMove($matchIds: [ID!]!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason) {\n    changeMatchStatuses(matchIds: $matchIds, to: $to, note: $note, declineReason: $declineReason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;