-- The merged view goes stale one part at a time: the incidents of one CAMEO root (clustering never joins two roots),
-- and the claims about no stored event ('-'). Storing a document marks only the parts its events and claims touch,
-- so a streaming job (or a query after a small ingest) rebuilds those parts, not the whole view. 'merged_stale'
-- stays the mark for "everything" (a re-coded document may move its events between roots). Portable SQL.
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:01', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:02', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:03', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:04', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:05', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:06', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:07', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:08', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:09', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:10', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:11', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:12', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:13', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:14', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:15', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:16', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:17', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:18', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:19', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:20', 'false');
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale:-', 'false');
-- an empty store's (empty) view is fresh; a store with documents keeps its 'merged_stale' mark until its next rebuild
UPDATE store_state SET state_value = 'false' WHERE state_key = 'merged_stale' AND NOT EXISTS (SELECT 1 FROM document);
