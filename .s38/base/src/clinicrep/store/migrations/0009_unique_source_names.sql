-- A source's name is unique on its platform (case aside, as find_source compares it), so two
-- imports started at once into a new name make one source, not two (issue 17 #14), and
-- creating a source is an upsert (store.sources.add_source). Sources that already share a
-- name keep their reviews and get their number added to the name: nothing is merged or lost.
-- (0008 is left to a change merged beside this one.)

UPDATE sources SET name = name || ' (' || id || ')'
WHERE EXISTS (
    SELECT 1 FROM sources AS earlier
    WHERE earlier.platform = sources.platform
      AND earlier.name = sources.name COLLATE NOCASE
      AND earlier.id < sources.id
);

CREATE UNIQUE INDEX sources_platform_name ON sources(platform, name COLLATE NOCASE);
