// The matching engine: a need's and a target's matches are looked up by the ids kept on the Match
// (they outlive a deleted need or target, as stale matches a coordinator acted on); workers sync
// their in-memory indexes by range scans over updatedAt.
CREATE INDEX match_need_id IF NOT EXISTS FOR (n:Match) ON (n.needId);
CREATE INDEX match_target_id IF NOT EXISTS FOR (n:Match) ON (n.targetId);
CREATE INDEX equipment_updated_at IF NOT EXISTS FOR (n:Equipment) ON (n.updatedAt);
CREATE INDEX researcher_updated_at IF NOT EXISTS FOR (n:Researcher) ON (n.updatedAt);
