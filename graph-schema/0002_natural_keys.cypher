// Keys people type, which must not repeat: a second account with the same e-mail, a region or an
// organization registered twice, and the one match per (need, target) pair the matcher keeps.
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT match_pair IF NOT EXISTS FOR (n:Match) REQUIRE n.pairKey IS UNIQUE;
