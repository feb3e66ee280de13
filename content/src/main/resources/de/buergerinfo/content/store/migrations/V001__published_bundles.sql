-- Published content bundles: the manifest's version and its content-addressed objects.
CREATE TABLE bundle (
  version BIGINT PRIMARY KEY,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE content_object (
  sha256 CHAR(64) PRIMARY KEY,
  size BIGINT NOT NULL,
  data BLOB NOT NULL
);

CREATE TABLE bundle_object (
  version BIGINT NOT NULL REFERENCES bundle (version),
  path VARCHAR(256) NOT NULL,
  sha256 CHAR(64) NOT NULL REFERENCES content_object (sha256),
  PRIMARY KEY (version, path)
);

-- Version 0: the empty bundle every store starts with, so a manifest always exists.
INSERT INTO bundle (version, created_at) VALUES (0, CURRENT_TIMESTAMP);
