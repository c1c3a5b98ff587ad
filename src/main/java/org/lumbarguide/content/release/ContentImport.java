package org.lumbarguide.content.release;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.lumbarguide.config.Region;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.SourceItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.lumbarguide.content.format.ContentFiles;

/**
 * Brings the database in line with a content release, without ever overwriting an editor's work.
 *
 * <p>Each item (a topic's details, a section, a glossary entry, a source) remembers in
 * {@code seeded_hash} the hash of the text the last release gave it. If the item still has that text,
 * nobody has edited it since it was seeded, and the new release's text replaces it. If it differs, an
 * editor changed it in the application: it is left alone, and the release's text is recorded in
 * {@code content_proposal} for an editor to accept or dismiss (as Debian treats a configuration file
 * its administrator changed). Rows seeded before this import existed have no hash yet; no editor could
 * change them then, so they count as unedited.
 */
public final class ContentImport {

    /** What one run did, for the start-up log and for tests. */
    public record Report(int inserted, int updated, int unchanged, int removed, int proposals) {

        @Override
        public String toString() {
            return inserted + " added, " + updated + " updated, " + unchanged + " unchanged, " + removed
                    + " removed, " + proposals + " kept as proposals because an editor changed them";
        }
    }

    enum Target { TOPIC, SECTION, GLOSSARY_TERM, SOURCE }

    enum Change { ADD, UPDATE, REMOVE }

    /** Sections are renumbered in two steps; this offset keeps the unique (topic, position) pairs apart. */
    private static final int RENUMBER_OFFSET = 100_000;

    private final JdbcTemplate jdbc;
    private final Timestamp now;
    private int inserted;
    private int updated;
    private int unchanged;
    private int removed;
    private int proposals;

    public ContentImport(JdbcTemplate jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = Timestamp.from(now);
    }

    public Report apply(Release release) {
        importSources(release.sources());
        for (String language : release.languages()) {
            importTopics(language, release.topics(language));
        }
        for (String language : release.glossary().stream().map(TermItem::language).distinct().toList()) {
            importGlossary(language, release.glossary(language));
        }
        removeUnusedSources(release.sources());
        return new Report(inserted, updated, unchanged, removed, proposals);
    }

    // --- sources ---

    private record SourceRow(long id, String key, String publisher, String title, int year, String yearKind,
                             String url, String seededHash, String regions) {

        String hash() {
            return ContentImport.hash(publisher, title, Integer.toString(year), yearKind, url);
        }
    }

    private static final String SOURCE_COLUMNS = "select id, source_key, publisher, title, published_year, year_kind, "
            + "url, seeded_hash, regions from source s";

    private static SourceRow sourceRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /**
     * A source's text as an editor may change it (through a release proposal). Its regions are not part of
     * it: they say which deployments list the source, as region words say which words they show, so they are
     * the release's alone and always taken from it (see {@link #importSources}).
     */
    private static String hash(SourceItem s) {
        return hash(s.publisher(), s.title(), Integer.toString(s.year()), s.yearKind().name(), s.url());
    }

    private void importSources(List<SourceItem> sources) {
        Map<String, SourceRow> rows = jdbc.query(SOURCE_COLUMNS, ContentImport::sourceRow)
                .stream().collect(Collectors.toMap(SourceRow::key, r -> r));
        for (SourceItem source : sources) {
            SourceRow row = rows.get(source.key());
            String next = hash(source);
            String regions = Region.keys(source.regions());
            if (row == null) {
                jdbc.update("insert into source (source_key, publisher, title, published_year, url, year_kind, "
                                + "seeded_hash, regions) values (?, ?, ?, ?, ?, ?, ?, ?)", source.key(),
                        source.publisher(), source.title(), source.year(), source.url(), source.yearKind().name(),
                        next, regions);
                inserted++;
                continue;
            }
            if (decide(row.hash(), row.seededHash(), next) == Decision.REPLACE) {
                jdbc.update("update source set publisher = ?, title = ?, published_year = ?, url = ?, year_kind = ?, "
                                + "seeded_hash = ? where id = ?", source.publisher(), source.title(), source.year(),
                        source.url(), source.yearKind().name(), next, row.id());
                updated++;
            } else {
                settle(row.hash(), row.seededHash(), next, "source", row.id(), Target.SOURCE, null, null,
                        source.key(), sourceText(source));
            }
            // Even on a source an editor changed: which regions list it is the release's to say.
            if (!Objects.equals(row.regions(), regions)) {
                jdbc.update("update source set regions = ? where id = ?", regions, row.id());
            }
        }
    }

    private void removeUnusedSources(List<SourceItem> sources) {
        Set<String> shipped = sources.stream().map(SourceItem::key).collect(Collectors.toSet());
        for (SourceRow row : jdbc.query(SOURCE_COLUMNS + " where not exists (select 1 from topic_source ts "
                + "where ts.source_id = s.id)", ContentImport::sourceRow)) {
            if (!shipped.contains(row.key()) && unedited(row.hash(), row.seededHash())) {
                jdbc.update("delete from source where id = ?", row.id());
                removed++;
            }
        }
    }

    // --- topics and their sections ---

    private record TopicRow(long id, String key, String slug, String title, String summary, int position,
                            LocalDate written, LocalDate reviewed, String reviewerRole, String seededHash,
                            List<String> sourceKeys, List<SectionRow> sections) {

        String hash() {
            return topicHash(slug, title, summary, position, written, reviewed, reviewerRole, sourceKeys,
                    sections.stream().map(SectionRow::anchor).toList());
        }
    }

    private record SectionRow(long id, String anchor, String heading, String kind, String body, int position,
                              String seededHash) {

        String hash() {
            return ContentImport.hash(heading, kind, body);
        }
    }

    private static String topicHash(String slug, String title, String summary, int position, LocalDate written,
                                    LocalDate reviewed, String reviewerRole, List<String> sourceKeys,
                                    List<String> anchors) {
        return hash(slug, title, summary, Integer.toString(position), String.valueOf(written),
                String.valueOf(reviewed), String.valueOf(reviewerRole), String.join(",", sourceKeys),
                String.join(",", anchors));
    }

    private static String hash(TopicItem t) {
        return topicHash(t.slug(), t.title(), t.summary(), t.position(), t.written(), t.reviewed(), t.reviewerRole(),
                t.sourceKeys(), t.sections().stream().map(SectionItem::anchor).toList());
    }

    private static String hash(SectionItem s) {
        return hash(s.heading(), s.kind().name(), s.body());
    }

    private void importTopics(String language, List<TopicItem> topics) {
        Map<String, TopicRow> rows = loadTopics(language);
        for (TopicItem topic : topics) {
            TopicRow row = rows.get(topic.key());
            if (row == null) {
                insertTopic(language, topic);
                continue;
            }
            String next = hash(topic);
            Decision decision = decide(row.hash(), row.seededHash(), next);
            Map<String, SectionRow> existing = new LinkedHashMap<>();
            row.sections().forEach(s -> existing.put(s.anchor(), s));
            for (SectionItem section : topic.sections()) {
                SectionRow sectionRow = existing.get(section.anchor());
                if (sectionRow != null) {
                    importSection(language, topic.key(), sectionRow, section);
                }
            }
            if (decision == Decision.REPLACE) {
                jdbc.update("update topic set slug = ?, title = ?, summary = ?, position = ?, written_on = ?, "
                                + "reviewed_on = ?, reviewer_role = ?, seeded_hash = ?, version = version + 1 where id = ?",
                        topic.slug(), topic.title(), topic.summary(), topic.position(), date(topic.written()),
                        date(topic.reviewed()), topic.reviewerRole(), next, row.id());
                jdbc.update("delete from topic_source where topic_id = ?", row.id());
                insertTopicSources(row.id(), topic.sourceKeys());
                restructure(language, topic, row, existing);
                updated++;
            } else {
                settle(row.hash(), row.seededHash(), next, "topic", row.id(), Target.TOPIC, language, topic.key(),
                        topic.key(), topicText(topic));
                if (decision == Decision.KEEP_EDITED) {
                    for (SectionItem section : topic.sections()) {
                        if (!existing.containsKey(section.anchor())) {
                            propose(Target.SECTION, Change.ADD, language, topic.key(), section.anchor(),
                                    section.asMarkdown(), hash(section));
                        }
                    }
                }
            }
        }
        Set<String> shipped = topics.stream().map(TopicItem::key).collect(Collectors.toSet());
        for (TopicRow row : rows.values()) {
            if (shipped.contains(row.key())) {
                continue;
            }
            boolean untouched = unedited(row.hash(), row.seededHash())
                    && row.sections().stream().allMatch(s -> unedited(s.hash(), s.seededHash()));
            if (untouched) {
                jdbc.update("delete from topic where id = ?", row.id());
                removed++;
            } else {
                propose(Target.TOPIC, Change.REMOVE, language, row.key(), row.key(), null, null);
            }
        }
    }

    /** Applies a release's list of sections to a topic nobody has restructured: add, remove, reorder. */
    private void restructure(String language, TopicItem topic, TopicRow row, Map<String, SectionRow> existing) {
        jdbc.update("update section set position = position + ? where topic_id = ?", RENUMBER_OFFSET, row.id());
        int position = 1;
        for (SectionItem section : topic.sections()) {
            SectionRow sectionRow = existing.remove(section.anchor());
            if (sectionRow == null) {
                insertSection(row.id(), position, section);
            } else {
                jdbc.update("update section set position = ? where id = ?", position, sectionRow.id());
            }
            position++;
        }
        for (SectionRow left : existing.values()) {
            if (unedited(left.hash(), left.seededHash())) {
                jdbc.update("delete from section where id = ?", left.id());
                removed++;
            } else {
                jdbc.update("update section set position = ? where id = ?", position++, left.id());
                propose(Target.SECTION, Change.REMOVE, language, topic.key(), left.anchor(), null, null);
            }
        }
    }

    private void importSection(String language, String topicKey, SectionRow row, SectionItem section) {
        String next = hash(section);
        if (decide(row.hash(), row.seededHash(), next) == Decision.REPLACE) {
            jdbc.update("update section set heading = ?, kind = ?, body_markdown = ?, seeded_hash = ?, "
                    + "version = version + 1 where id = ?", section.heading(), section.kind().name(), section.body(),
                    next, row.id());
            updated++;
        } else {
            settle(row.hash(), row.seededHash(), next, "section", row.id(), Target.SECTION, language, topicKey,
                    section.anchor(), section.asMarkdown());
        }
    }

    private void insertTopic(String language, TopicItem topic) {
        jdbc.update("insert into topic (topic_key, language, slug, title, summary, position, written_on, reviewed_on, "
                        + "reviewer_role, seeded_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", topic.key(), language,
                topic.slug(), topic.title(), topic.summary(), topic.position(), date(topic.written()),
                date(topic.reviewed()), topic.reviewerRole(), hash(topic));
        long id = jdbc.queryForObject("select id from topic where topic_key = ? and language = ?", Long.class,
                topic.key(), language);
        insertTopicSources(id, topic.sourceKeys());
        int position = 1;
        for (SectionItem section : topic.sections()) {
            insertSection(id, position++, section);
        }
        inserted++;
    }

    private void insertSection(long topicId, int position, SectionItem section) {
        jdbc.update("insert into section (topic_id, position, anchor, heading, body_markdown, kind, seeded_hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", topicId, position, section.anchor(), section.heading(),
                section.body(), section.kind().name(), hash(section));
        inserted++;
    }

    private void insertTopicSources(long topicId, List<String> sourceKeys) {
        int position = 0;
        for (String key : sourceKeys) {
            jdbc.update("insert into topic_source (topic_id, source_id, position) "
                    + "select ?, id, ? from source where source_key = ?", topicId, position++, key);
        }
    }

    private Map<String, TopicRow> loadTopics(String language) {
        Map<Long, List<String>> sourceKeys = new HashMap<>();
        jdbc.query("select ts.topic_id, s.source_key from topic_source ts join source s on s.id = ts.source_id "
                        + "join topic t on t.id = ts.topic_id where t.language = ? order by ts.topic_id, ts.position",
                rs -> {
                    sourceKeys.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, language);
        Map<Long, List<SectionRow>> sections = new HashMap<>();
        jdbc.query("select s.topic_id, s.id, s.anchor, s.heading, s.kind, s.body_markdown, s.position, s.seeded_hash "
                        + "from section s join topic t on t.id = s.topic_id where t.language = ? "
                        + "order by s.topic_id, s.position",
                rs -> {
                    sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SectionRow(rs.getLong(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                            rs.getString(8)));
                }, language);
        Map<String, TopicRow> rows = new LinkedHashMap<>();
        jdbc.query("select id, topic_key, slug, title, summary, position, written_on, reviewed_on, reviewer_role, "
                + "seeded_hash from topic where language = ? order by position", rs -> {
                    long id = rs.getLong(1);
                    rows.put(rs.getString(2), new TopicRow(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), localDate(rs.getDate(7)), localDate(rs.getDate(8)),
                            rs.getString(9), rs.getString(10), sourceKeys.getOrDefault(id, List.of()),
                            sections.getOrDefault(id, List.of())));
                }, language);
        return rows;
    }

    // --- glossary ---

    private record TermRow(long id, String key, String term, String aliases, String definition, String seededHash) {

        String hash() {
            return ContentImport.hash(term, aliases, definition);
        }
    }

    private static String aliases(TermItem term) {
        return String.join("|", term.otherForms());
    }

    private static String hash(TermItem t) {
        return hash(t.term(), aliases(t), t.definition());
    }

    private void importGlossary(String language, List<TermItem> terms) {
        Map<String, TermRow> rows = jdbc.query("select id, term_key, term, aliases, short_definition, seeded_hash "
                                + "from glossary_term where language = ?", (rs, i) -> new TermRow(rs.getLong(1),
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                        language)
                .stream().collect(Collectors.toMap(TermRow::key, r -> r));
        for (TermItem term : terms) {
            TermRow row = rows.remove(term.key());
            String next = hash(term);
            if (row == null) {
                jdbc.update("insert into glossary_term (term_key, language, term, anchor, short_definition, aliases, "
                                + "seeded_hash) values (?, ?, ?, ?, ?, ?, ?)", term.key(), language, term.term(),
                        term.key(), term.definition(), aliases(term), next);
                inserted++;
            } else if (decide(row.hash(), row.seededHash(), next) == Decision.REPLACE) {
                jdbc.update("update glossary_term set term = ?, short_definition = ?, aliases = ?, seeded_hash = ?, "
                        + "version = version + 1 where id = ?", term.term(), term.definition(), aliases(term), next,
                        row.id());
                updated++;
            } else {
                settle(row.hash(), row.seededHash(), next, "glossary_term", row.id(), Target.GLOSSARY_TERM, language,
                        null, term.key(), termText(term));
            }
        }
        for (TermRow left : rows.values()) {
            if (unedited(left.hash(), left.seededHash())) {
                jdbc.update("delete from glossary_term where id = ?", left.id());
                removed++;
            } else {
                propose(Target.GLOSSARY_TERM, Change.REMOVE, language, null, left.key(), null, null);
            }
        }
    }

    // --- the rule ---

    enum Decision { SAME, REPLACE, KEEP_EDITED }

    /**
     * SAME: the database already has the release's text. REPLACE: nobody edited the item since it
     * was seeded, so the new text goes in. KEEP_EDITED: an editor changed it; it stays as it is.
     */
    static Decision decide(String currentHash, String seededHash, String releaseHash) {
        if (currentHash.equals(releaseHash)) {
            return Decision.SAME;
        }
        return unedited(currentHash, seededHash) ? Decision.REPLACE : Decision.KEEP_EDITED;
    }

    private static boolean unedited(String currentHash, String seededHash) {
        return seededHash == null || seededHash.equals(currentHash);
    }

    /** The item is not replaced: remember the release's version, and propose it if an editor changed the item. */
    private void settle(String currentHash, String seededHash, String releaseHash, String table, long id,
                        Target target, String language, String topicKey, String itemKey, String proposedText) {
        if (currentHash.equals(releaseHash)) {
            unchanged++;
        } else if (!Objects.equals(seededHash, releaseHash)) {
            propose(target, Change.UPDATE, language, topicKey, itemKey, proposedText, releaseHash);
        } else {
            unchanged++;
        }
        if (!Objects.equals(seededHash, releaseHash)) {
            jdbc.update("update " + table + " set seeded_hash = ? where id = ?", releaseHash, id);
        }
    }

    /** Records the release's text for an editor; an older pending proposal for the same item is superseded. */
    private void propose(Target target, Change change, String language, String topicKey, String itemKey,
                         String proposedText, String releaseHash) {
        List<Long> pending = jdbc.queryForList("select id from content_proposal where target = ? and item_key = ? "
                        + "and coalesce(topic_key, '') = ? and coalesce(language, '') = ? and status = 'PENDING' "
                        + "and change_kind = ? and coalesce(proposed_text, '') = ?", Long.class, target.name(), itemKey,
                Objects.toString(topicKey, ""), Objects.toString(language, ""), change.name(),
                Objects.toString(proposedText, ""));
        if (!pending.isEmpty()) {
            return;
        }
        jdbc.update("update content_proposal set status = 'SUPERSEDED', resolved_at = ? where target = ? "
                        + "and item_key = ? and coalesce(topic_key, '') = ? and coalesce(language, '') = ? "
                        + "and status = 'PENDING'", now, target.name(), itemKey, Objects.toString(topicKey, ""),
                Objects.toString(language, ""));
        jdbc.update("insert into content_proposal (target, change_kind, language, topic_key, item_key, proposed_text, "
                        + "seeded_hash, created_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", target.name(),
                change.name(), language, topicKey, itemKey, proposedText, releaseHash, now);
        proposals++;
    }

    // --- the release's text of an item, as an editor reads it in a proposal ---

    private static String topicText(TopicItem t) {
        return ContentFiles.write(t);
    }

    static String termText(TermItem t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("term", t.term());
        fields.put("other-forms", t.otherForms());
        fields.put("definition", t.definition());
        return ContentFiles.yaml(fields);
    }

    static String sourceText(SourceItem s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("publisher", s.publisher());
        fields.put("title", s.title());
        fields.put("year", s.year());
        fields.put("year-kind", s.yearKind().name().toLowerCase(java.util.Locale.ROOT));
        fields.put("url", s.url());
        return ContentFiles.yaml(fields);
    }

    // --- helpers ---

    static String hash(String... parts) {
        return ContentHash.ofParts(parts);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static SectionKind kind(String name) {
        return SectionKind.valueOf(name);
    }
}
