/** The notifications' operations: the list, the unread count, marking read, and the live feed. */
import { graphql } from '../../gql';
import type { NotificationItemFragment } from '../../gql/graphql';

// Declared for codegen and spread by the list and the subscription; its type is generated.
graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    createdAt
    readAt
    matchId
    needId
    equipmentUseRequestId
    needTitle
    companyName
    equipmentName
    suggestionCount
    interested
    matchStatus
    previousMatchStatus
    useStatus
    previousUseStatus
  }
`);
export type NotificationItem = NotificationItemFragment;

export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...NotificationItem
        }
      }
    }
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);
