-- cits-wasm patch (not in tansu 0.6): header_fetch.sql looks up the headers of one record
-- by (topition, offset_id), once per fetched record; the header table has no key, so
-- without this index every lookup scanned every header ever stored (a fetch of n
-- records cost n full scans, seconds per fetch once a pipeline had run for a minute).
create index if not exists header_topition_offset_id on header (topition, offset_id);
