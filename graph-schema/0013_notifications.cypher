// In-app notifications, one per recipient: (:Notification)-[:FOR]->(:User). Addressed by id (marking
// read); a user's list is read from the user (FOR); the retention job deletes by createdAt.
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE INDEX notification_created_at IF NOT EXISTS FOR (n:Notification) ON (n.createdAt);
