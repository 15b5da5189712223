// Every node of the knowledge network is addressed by a stable `id` (a UUID made by the API).
// A uniqueness constraint also backs an index, and makes MERGE on the key safe under concurrency.
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT researcher_id IF NOT EXISTS FOR (n:Researcher) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_id IF NOT EXISTS FOR (n:Seed) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT need_id IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT coordinator_id IF NOT EXISTS FOR (n:Coordinator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT consortium_id IF NOT EXISTS FOR (n:Consortium) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT equipment_id IF NOT EXISTS FOR (n:Equipment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_staff_id IF NOT EXISTS FOR (n:SupportStaff) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hr_program_id IF NOT EXISTS FOR (n:HrProgram) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT match_id IF NOT EXISTS FOR (n:Match) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT match_event_id IF NOT EXISTS FOR (n:MatchEvent) REQUIRE n.id IS UNIQUE;
