/**
 * lib/minutes owns the minutes (comptes rendus and relevés de conclusions) of a meeting: their
 * sections, review, validation, publication, reading online and full-text search.
 */
export { listReadableMinutes, type ReadableMinutes } from "./reading";
export { searchMinutes, searchPublishedMinutes, minutesSearchQuerySchema, minutesSearchPageSchema, MINUTES_SEARCH_PAGE_SIZE, type MinutesSearchOutcome, type MinutesSearchResult, type ExcerptSegment } from "./search";
