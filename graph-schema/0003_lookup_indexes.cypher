// Filters the API offers, and the reconciliation sweep over what changed since it was matched.
CREATE INDEX need_status IF NOT EXISTS FOR (n:Need) ON (n.status);
CREATE INDEX need_confidentiality IF NOT EXISTS FOR (n:Need) ON (n.confidentiality);
CREATE INDEX need_updated_at IF NOT EXISTS FOR (n:Need) ON (n.updatedAt);
CREATE INDEX seed_stage IF NOT EXISTS FOR (n:Seed) ON (n.stage);
CREATE INDEX seed_updated_at IF NOT EXISTS FOR (n:Seed) ON (n.updatedAt);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX match_status IF NOT EXISTS FOR (n:Match) ON (n.status);
CREATE INDEX match_score IF NOT EXISTS FOR (n:Match) ON (n.score);
