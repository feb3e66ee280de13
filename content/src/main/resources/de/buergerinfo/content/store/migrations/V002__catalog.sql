-- The catalogue a terminal or central server serves: every entry as canonical JSON, plus the
-- relations the kiosk asks for, so those questions need no JSON parsing of everything.
CREATE TABLE catalog_entry (
  kind VARCHAR(20) NOT NULL,
  id VARCHAR(80) NOT NULL,
  position INT NOT NULL,
  json BLOB NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE service_office (
  service_id VARCHAR(80) NOT NULL,
  office_id VARCHAR(80) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (service_id, office_id)
);

CREATE TABLE service_situation (
  service_id VARCHAR(80) NOT NULL,
  situation_id VARCHAR(80) NOT NULL,
  PRIMARY KEY (service_id, situation_id)
);

CREATE INDEX service_situation_by_situation ON service_situation (situation_id);

CREATE TABLE announcement_window (
  id VARCHAR(80) PRIMARY KEY,
  valid_from TIMESTAMP NOT NULL,
  valid_until TIMESTAMP NOT NULL
);
