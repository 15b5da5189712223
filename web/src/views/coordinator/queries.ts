import { graphql } from '../../gql';
import type { InboxQuery } from '../../gql/graphql';

export const INBOX = graphql(`
  query Inbox($first: Int!) {
    reviewInbox(first: $first) {
      totalCount
      edges {
        node {
          id
          score
          kind
          status
          need {
            id
            title
            company {
              name
            }
          }
          seed {
            title
          }
          equipment {
            name
          }
          researcher {
            name
          }
        }
      }
    }
  }
`);

export type InboxItem = InboxQuery['reviewInbox']['edges'][number]['node'];

/** The target's name, whatever its kind (null when hidden from the viewer). */
export function targetName(m: Pick<InboxItem, 'seed' | 'equipment' | 'researcher'>): string {
  return m.seed?.title ?? m.equipment?.name ?? m.researcher?.name ?? '—';
}
