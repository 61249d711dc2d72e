-- Which rules analysed each review: a digest of the lexicons and the analysis code
-- (analysis.rules.rules_version). When an upgrade changes the rules, the window re-analyses
-- the reviews whose digest differs, in the background, and a re-analysis stopped half-way
-- (the window closed) goes on from where it was at the next start. Every review stored
-- before this migration was analysed by older rules (or not at all): NULL, so it is
-- analysed again once.

ALTER TABLE reviews ADD COLUMN analysed_with TEXT;
