-- The BSN and the V-nummer are stored encrypted (AES-GCM under intake's column key from the key store),
-- and the BSN once more as a keyed hash (HMAC-SHA256 under its own key) for the uniqueness check and the
-- search: the database alone no longer tells whose file a row is. Rows from before are encrypted and
-- hashed by the service at start-up (Identificatiegegevens); until then their hash is null.
alter table statushouder alter column bsn type text;
alter table statushouder add column bsn_hash text;
alter table statushouder drop constraint statushouder_gemeente_bsn;
alter table statushouder add constraint statushouder_gemeente_bsn_hash unique (gemeente, bsn_hash);
