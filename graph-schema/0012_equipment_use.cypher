// Equipment use requests (issue 5) and their history: addressed by id like every node; a request's
// events are read by request (ON_REQUEST), and lists and KPIs filter requests by status and period.
CREATE CONSTRAINT equipment_use_request_id IF NOT EXISTS FOR (n:EquipmentUseRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT equipment_use_event_id IF NOT EXISTS FOR (n:EquipmentUseEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX equipment_use_request_status IF NOT EXISTS FOR (n:EquipmentUseRequest) ON (n.status);
CREATE INDEX equipment_use_request_created_at IF NOT EXISTS FOR (n:EquipmentUseRequest) ON (n.createdAt);
