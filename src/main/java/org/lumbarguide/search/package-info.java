/**
 * Search of the guide, per language: one small Lucene index in memory for each, built from the published
 * catalog (topic pages, their sections and the glossary) and rebuilt on every instance when published content
 * changes ({@link org.lumbarguide.search.SearchIndexes}); analysers with synonyms, spellings and stemming
 * ({@link org.lumbarguide.search.LanguageAnalysis}); the results page ({@link org.lumbarguide.search.SearchController}),
 * with snippets, spelling suggestions and the emergency box first when the words may mean an emergency.
 * Uses the content's {@code catalog} and {@code format}, {@code config}, and {@code system}'s rate limit.
 */
package org.lumbarguide.search;
