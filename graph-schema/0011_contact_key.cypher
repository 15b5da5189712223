// Contacts (people at companies and other organizations) are addressed by id like every other node:
// coordinators' KNOWS, HR program enrolments and introduction paths look them up by it.
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (n:Contact) REQUIRE n.id IS UNIQUE;
