/**
 * Full-text search objects Prisma's schema language cannot declare: the `unaccent`
 * extension, a French text-search configuration that ignores accents, and the GIN index
 * over each minutes section's title and plain text. The migration that created them carries
 * this SQL verbatim (20261201225602_minutes); the drift test applies it to the database built
 * from schema.prisma, so both sides compare equal and a change here without a migration fails.
 *
 * (Plain statements only: the migration engine splits scripts on semicolons, so no DO blocks.)
 * Queries use the same expression as the index (`minutesSectionSearchVector`), or PostgreSQL
 * would not use it.
 */
export const SEARCH_CONFIG = "public.fr_unaccent";

export const MINUTES_SECTION_VECTOR_SQL = `to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("title", '') || ' ' || coalesce("plain_text", ''))`;

export const SEARCH_SQL = `
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION public.fr_unaccent (COPY = pg_catalog.french);

ALTER TEXT SEARCH CONFIGURATION public.fr_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE INDEX IF NOT EXISTS "minutes_sections_search_idx" ON "minutes_sections"
  USING gin ((${MINUTES_SECTION_VECTOR_SQL}));
`;
