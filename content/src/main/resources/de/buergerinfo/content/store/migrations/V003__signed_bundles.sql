-- Signed bundles: each bundle's manifest expires (a terminal refuses a frozen mirror's old one)
-- and is stored exactly as signed, so the central server serves the bytes the signature covers.
ALTER TABLE bundle ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bundle ADD COLUMN signed_manifest BLOB;
-- Version 0, the empty bundle, never expires in practice: it holds nothing to freeze.
UPDATE bundle SET expires_at = DATEADD('YEAR', 100, created_at) WHERE expires_at IS NULL;
ALTER TABLE bundle ALTER COLUMN expires_at SET NOT NULL;
