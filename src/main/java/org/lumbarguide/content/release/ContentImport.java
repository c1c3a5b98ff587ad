package org.lumbarguide.content.release;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.lumbarguide.config.Region;
import org.lumbarguide.content.ReleaseProposals.Change;
import org.lumbarguide.content.ReleaseProposals.Target;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SeedContent.CodeItem;
import org.lumbarguide.content.format.SeedContent.CodeKind;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.SourceItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** Sections are renumbered in two steps; this offset keeps the unique (topic, position) pairs apart. */
    private static final int RENUMBER_OFFSET = 100_000;

    private final JdbcClient jdbc;
    private final Timestamp now;
    private int inserted;
    private int updated;
    private int unchanged;
    private int removed;
    private int proposals;

    public ContentImport(JdbcClient jdbc, Instant now) {
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

    /** A {@code source} row; its components are named after its columns, which is how JdbcClient maps them. */
    private record SourceRow(long id, String sourceKey, String publisher, String title, int publishedYear,
                             String yearKind, String url, String seededHash, String regions) {

        String hash() {
            return ContentImport.hash(publisher, title, Integer.toString(publishedYear), yearKind, url);
        }
    }

    private static final String SOURCE_COLUMNS = "select id, source_key, publisher, title, published_year, year_kind, "
            + "url, seeded_hash, regions from source s";

    /**
     * A source's text as an editor may change it (through a release proposal). Its regions are not part of
     * it: they say which deployments list the source, as region words say which words they show, so they are
     * the release's alone and always taken from it (see {@link #importSources}).
     */
    private static String hash(SourceItem s) {
        return hash(s.publisher(), s.title(), Integer.toString(s.year()), s.yearKind().name(), s.url());
    }

    private void importSources(List<SourceItem> sources) {
        Map<String, SourceRow> rows = jdbc.sql(SOURCE_COLUMNS).query(SourceRow.class).list().stream()
                .collect(Collectors.toMap(SourceRow::sourceKey, r -> r));
        for (SourceItem source : sources) {
            SourceRow row = rows.get(source.key());
            String next = hash(source);
            String regions = Region.keys(source.regions());
            if (row == null) {
                jdbc.sql("insert into source (source_key, publisher, title, published_year, url, year_kind, "
                                + "seeded_hash, regions) values (:key, :publisher, :title, :year, :url, :yearKind, "
                                + ":hash, :regions)")
                        .param("key", source.key()).param("publisher", source.publisher())
                        .param("title", source.title()).param("year", source.year()).param("url", source.url())
                        .param("yearKind", source.yearKind().name()).param("hash", next).param("regions", regions)
                        .update();
                inserted++;
                continue;
            }
            if (decide(row.hash(), row.seededHash(), next) == Decision.REPLACE) {
                jdbc.sql("update source set publisher = :publisher, title = :title, published_year = :year, "
                                + "url = :url, year_kind = :yearKind, seeded_hash = :hash where id = :id")
                        .param("publisher", source.publisher()).param("title", source.title())
                        .param("year", source.year()).param("url", source.url())
                        .param("yearKind", source.yearKind().name()).param("hash", next).param("id", row.id())
                        .update();
                updated++;
            } else {
                settle(row.hash(), row.seededHash(), next, "source", row.id(), Target.SOURCE, null, null,
                        source.key(), sourceText(source));
            }
            // Even on a source an editor changed: which regions list it is the release's to say.
            if (!Objects.equals(row.regions(), regions)) {
                jdbc.sql("update source set regions = :regions where id = :id")
                        .param("regions", regions).param("id", row.id()).update();
            }
        }
    }

    private void removeUnusedSources(List<SourceItem> sources) {
        Set<String> shipped = sources.stream().map(SourceItem::key).collect(Collectors.toSet());
        for (SourceRow row : jdbc.sql(SOURCE_COLUMNS + " where not exists (select 1 from topic_source ts "
                + "where ts.source_id = s.id)").query(SourceRow.class).list()) {
            if (!shipped.contains(row.sourceKey()) && unedited(row.hash(), row.seededHash())) {
                jdbc.sql("delete from source where id = :id").param("id", row.id()).update();
                removed++;
            }
        }
    }

    // --- topics and their sections ---

    /** A {@code topic} row, its components named after its columns. */
    private record TopicRow(long id, String topicKey, String slug, String title, String summary, int position,
                            LocalDate writtenOn, LocalDate reviewedOn, String reviewerRole, String seededHash,
                            String translatedFrom) {
    }

    /** A {@code section} row. */
    private record SectionRow(long id, long topicId, String anchor, String heading, String kind, String bodyMarkdown,
                              int position, String seededHash, String translatedFrom) {

        String hash() {
            return ContentImport.hash(heading, kind, bodyMarkdown);
        }
    }

    /** A {@code topic_source} row, with the key of the source it cites. */
    private record TopicSource(long topicId, String sourceKey) {
    }

    /** A {@code topic_code} row. */
    private record CodeRow(long topicId, String codeSystem, String code, String display) {

        CodeItem item() {
            return new CodeItem(CodeKind.valueOf(codeSystem), code, display);
        }
    }

    /**
     * A topic as stored: its row, the keys of the sources it cites in order, its sections in order, and its
     * clinical codes in order.
     */
    private record StoredTopic(TopicRow topic, List<String> sourceKeys, List<SectionRow> sections,
                               List<CodeItem> codes) {

        long id() {
            return topic.id();
        }

        String key() {
            return topic.topicKey();
        }

        String seededHash() {
            return topic.seededHash();
        }

        String hash() {
            return topicHash(topic.slug(), topic.title(), topic.summary(), topic.position(), topic.writtenOn(),
                    topic.reviewedOn(), topic.reviewerRole(), sourceKeys,
                    sections.stream().map(SectionRow::anchor).toList(), codes);
        }
    }

    /**
     * A topic's details. Its codes count only when it has some: a topic without codes hashes as it did before
     * codes existed, so a database seeded then still sees its unedited topics as unedited, and they gain the
     * release's codes; a topic an editor changed keeps its text and the release's codes become a proposal.
     */
    private static String topicHash(String slug, String title, String summary, int position, LocalDate written,
                                    LocalDate reviewed, String reviewerRole, List<String> sourceKeys,
                                    List<String> anchors, List<CodeItem> codes) {
        List<String> parts = new java.util.ArrayList<>(List.of(slug, title, summary, Integer.toString(position),
                String.valueOf(written), String.valueOf(reviewed), String.valueOf(reviewerRole),
                String.join(",", sourceKeys), String.join(",", anchors)));
        if (!codes.isEmpty()) {
            parts.add(codes.stream().map(c -> c.system().name() + " " + c.code() + " " + c.title())
                    .collect(Collectors.joining("\n")));
        }
        return hash(parts.toArray(String[]::new));
    }

    private static String hash(TopicItem t) {
        return topicHash(t.slug(), t.title(), t.summary(), t.position(), t.written(), t.reviewed(), t.reviewerRole(),
                t.sourceKeys(), t.sections().stream().map(SectionItem::anchor).toList(), t.codes());
    }

    private static String hash(SectionItem s) {
        return hash(s.heading(), s.kind().name(), s.body());
    }

    private void importTopics(String language, List<TopicItem> topics) {
        Map<String, StoredTopic> rows = loadTopics(language);
        for (TopicItem topic : topics) {
            StoredTopic row = rows.get(topic.key());
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
                    importSection(language, topic, sectionRow, section);
                }
            }
            String stamp = topic.translatedFrom().get(TopicItem.TITLE);
            if (decision == Decision.REPLACE) {
                boolean textChanged = !Objects.equals(row.topic().title(), topic.title())
                        || !Objects.equals(row.topic().summary(), topic.summary());
                jdbc.sql("update topic set slug = :slug, title = :title, summary = :summary, position = :position, "
                                + "written_on = :written, reviewed_on = :reviewed, reviewer_role = :role, "
                                + "seeded_hash = :hash, translated_from = :stamp, version = version + 1 where id = :id")
                        .param("slug", topic.slug()).param("title", topic.title()).param("summary", topic.summary())
                        .param("position", topic.position()).param("written", topic.written())
                        .param("reviewed", topic.reviewed()).param("role", topic.reviewerRole())
                        .param("hash", next).param("stamp", stamp).param("id", row.id())
                        .update();
                if (textChanged) {
                    jdbc.sql("update topic set text_changed_at = :now where id = :id")
                            .param("now", now).param("id", row.id()).update();
                }
                jdbc.sql("delete from topic_source where topic_id = :id").param("id", row.id()).update();
                insertTopicSources(row.id(), topic.sourceKeys());
                if (!row.codes().equals(topic.codes())) {
                    jdbc.sql("delete from topic_code where topic_id = :id").param("id", row.id()).update();
                    insertCodes(row.id(), topic.codes());
                }
                restructure(language, topic, row, existing);
                updated++;
            } else {
                settle(row.hash(), row.seededHash(), next, "topic", row.id(), Target.TOPIC, language, topic.key(),
                        topic.key(), topicText(topic));
                // The stamp belongs to the text it describes: it follows the release's only where the row still has
                // the release's title and summary (an editor's own wording keeps the stamp of its own draft).
                if (Objects.equals(row.topic().title(), topic.title())
                        && Objects.equals(row.topic().summary(), topic.summary())
                        && !Objects.equals(row.topic().translatedFrom(), stamp)) {
                    jdbc.sql("update topic set translated_from = :stamp, version = version + 1 where id = :id")
                            .param("stamp", stamp).param("id", row.id()).update();
                }
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
        for (StoredTopic row : rows.values()) {
            if (shipped.contains(row.key())) {
                continue;
            }
            boolean untouched = unedited(row.hash(), row.seededHash())
                    && row.sections().stream().allMatch(s -> unedited(s.hash(), s.seededHash()));
            if (untouched) {
                jdbc.sql("delete from topic where id = :id").param("id", row.id()).update();
                removed++;
            } else {
                propose(Target.TOPIC, Change.REMOVE, language, row.key(), row.key(), null, null);
            }
        }
    }

    /** Applies a release's list of sections to a topic nobody has restructured: add, remove, reorder. */
    private void restructure(String language, TopicItem topic, StoredTopic row, Map<String, SectionRow> existing) {
        jdbc.sql("update section set position = position + :offset where topic_id = :topic")
                .param("offset", RENUMBER_OFFSET).param("topic", row.id()).update();
        int position = 1;
        for (SectionItem section : topic.sections()) {
            SectionRow sectionRow = existing.remove(section.anchor());
            if (sectionRow == null) {
                insertSection(row.id(), position, section, topic.translatedFrom().get(section.anchor()));
            } else {
                jdbc.sql("update section set position = :position where id = :id")
                        .param("position", position).param("id", sectionRow.id()).update();
            }
            position++;
        }
        for (SectionRow left : existing.values()) {
            if (unedited(left.hash(), left.seededHash())) {
                jdbc.sql("delete from section where id = :id").param("id", left.id()).update();
                removed++;
            } else {
                jdbc.sql("update section set position = :position where id = :id")
                        .param("position", position++).param("id", left.id()).update();
                propose(Target.SECTION, Change.REMOVE, language, topic.key(), left.anchor(), null, null);
            }
        }
    }

    private void importSection(String language, TopicItem topic, SectionRow row, SectionItem section) {
        String next = hash(section);
        String stamp = topic.translatedFrom().get(section.anchor());
        Decision decision = decide(row.hash(), row.seededHash(), next);
        if (decision == Decision.REPLACE) {
            jdbc.sql("update section set heading = :heading, kind = :kind, body_markdown = :body, seeded_hash = :hash, "
                            + "translated_from = :stamp, text_changed_at = :now, version = version + 1 where id = :id")
                    .param("heading", section.heading()).param("kind", section.kind().name())
                    .param("body", section.body()).param("hash", next).param("stamp", stamp).param("now", now)
                    .param("id", row.id())
                    .update();
            updated++;
        } else if (decision == Decision.SAME && !Objects.equals(row.translatedFrom(), stamp)) {
            // The same text, newly stamped (a translator checked it against the current English).
            jdbc.sql("update section set translated_from = :stamp, seeded_hash = :hash, version = version + 1 "
                            + "where id = :id")
                    .param("stamp", stamp).param("hash", next).param("id", row.id())
                    .update();
            updated++;
        } else {
            settle(row.hash(), row.seededHash(), next, "section", row.id(), Target.SECTION, language, topic.key(),
                    section.anchor(), section.asMarkdown());
        }
    }

    private void insertTopic(String language, TopicItem topic) {
        jdbc.sql("insert into topic (topic_key, language, slug, title, summary, position, written_on, reviewed_on, "
                        + "reviewer_role, seeded_hash, translated_from, text_changed_at) values (:key, :language, :slug, "
                        + ":title, :summary, :position, :written, :reviewed, :role, :hash, :stamp, :now)")
                .param("key", topic.key()).param("language", language).param("slug", topic.slug())
                .param("title", topic.title()).param("summary", topic.summary()).param("position", topic.position())
                .param("written", topic.written()).param("reviewed", topic.reviewed())
                .param("role", topic.reviewerRole()).param("hash", hash(topic))
                .param("stamp", topic.translatedFrom().get(TopicItem.TITLE)).param("now", now)
                .update();
        long id = jdbc.sql("select id from topic where topic_key = :key and language = :language")
                .param("key", topic.key()).param("language", language).query(Long.class).single();
        insertTopicSources(id, topic.sourceKeys());
        insertCodes(id, topic.codes());
        int position = 1;
        for (SectionItem section : topic.sections()) {
            insertSection(id, position++, section, topic.translatedFrom().get(section.anchor()));
        }
        inserted++;
    }

    private void insertSection(long topicId, int position, SectionItem section, String translatedFrom) {
        jdbc.sql("insert into section (topic_id, position, anchor, heading, body_markdown, kind, seeded_hash, "
                        + "translated_from, text_changed_at) values (:topic, :position, :anchor, :heading, :body, "
                        + ":kind, :hash, :stamp, :now)")
                .param("topic", topicId).param("position", position).param("anchor", section.anchor())
                .param("heading", section.heading()).param("body", section.body())
                .param("kind", section.kind().name()).param("hash", hash(section)).param("stamp", translatedFrom)
                .param("now", now)
                .update();
        inserted++;
    }

    private void insertTopicSources(long topicId, List<String> sourceKeys) {
        int position = 0;
        for (String key : sourceKeys) {
            jdbc.sql("insert into topic_source (topic_id, source_id, position) "
                            + "select :topic, id, :position from source where source_key = :key")
                    .param("topic", topicId).param("position", position++).param("key", key)
                    .update();
        }
    }

    private void insertCodes(long topicId, List<CodeItem> codes) {
        int position = 0;
        for (CodeItem code : codes) {
            jdbc.sql("insert into topic_code (topic_id, position, code_system, code, display) "
                            + "values (:topic, :position, :system, :code, :display)")
                    .param("topic", topicId).param("position", position++).param("system", code.system().name())
                    .param("code", code.code()).param("display", code.title())
                    .update();
        }
    }

    /** A language's topics as stored, in reading order: four queries, whatever the number of topics. */
    private Map<String, StoredTopic> loadTopics(String language) {
        Map<Long, List<String>> sourceKeys = jdbc.sql("select ts.topic_id, s.source_key from topic_source ts "
                        + "join source s on s.id = ts.source_id join topic t on t.id = ts.topic_id "
                        + "where t.language = :language order by ts.topic_id, ts.position")
                .param("language", language).query(TopicSource.class).list().stream()
                .collect(Collectors.groupingBy(TopicSource::topicId,
                        Collectors.mapping(TopicSource::sourceKey, Collectors.toList())));
        Map<Long, List<SectionRow>> sections = jdbc.sql("select s.id, s.topic_id, s.anchor, s.heading, s.kind, "
                        + "s.body_markdown, s.position, s.seeded_hash, s.translated_from from section s "
                        + "join topic t on t.id = s.topic_id "
                        + "where t.language = :language order by s.topic_id, s.position")
                .param("language", language).query(SectionRow.class).list().stream()
                .collect(Collectors.groupingBy(SectionRow::topicId));
        Map<Long, List<CodeItem>> codes = jdbc.sql("select c.topic_id, c.code_system, c.code, c.display "
                        + "from topic_code c join topic t on t.id = c.topic_id "
                        + "where t.language = :language order by c.topic_id, c.position")
                .param("language", language).query(CodeRow.class).list().stream()
                .collect(Collectors.groupingBy(CodeRow::topicId,
                        Collectors.mapping(CodeRow::item, Collectors.toList())));
        Map<String, StoredTopic> rows = new LinkedHashMap<>();
        jdbc.sql("select id, topic_key, slug, title, summary, position, written_on, reviewed_on, reviewer_role, "
                        + "seeded_hash, translated_from from topic where language = :language order by position")
                .param("language", language).query(TopicRow.class).list()
                .forEach(row -> rows.put(row.topicKey(), new StoredTopic(row,
                        sourceKeys.getOrDefault(row.id(), List.of()), sections.getOrDefault(row.id(), List.of()),
                        codes.getOrDefault(row.id(), List.of()))));
        return rows;
    }

    // --- glossary ---

    /** A {@code glossary_term} row, its components named after its columns. */
    private record TermRow(long id, String termKey, String term, String aliases, String shortDefinition,
                           String seededHash) {

        String hash() {
            return ContentImport.hash(term, aliases, shortDefinition);
        }
    }

    private static String aliases(TermItem term) {
        return String.join("|", term.otherForms());
    }

    private static String hash(TermItem t) {
        return hash(t.term(), aliases(t), t.definition());
    }

    private void importGlossary(String language, List<TermItem> terms) {
        Map<String, TermRow> rows = jdbc.sql("select id, term_key, term, aliases, short_definition, seeded_hash "
                        + "from glossary_term where language = :language")
                .param("language", language).query(TermRow.class).list().stream()
                .collect(Collectors.toMap(TermRow::termKey, r -> r));
        for (TermItem term : terms) {
            TermRow row = rows.remove(term.key());
            String next = hash(term);
            if (row == null) {
                jdbc.sql("insert into glossary_term (term_key, language, term, anchor, short_definition, aliases, "
                                + "seeded_hash) values (:key, :language, :term, :key, :definition, :aliases, :hash)")
                        .param("key", term.key()).param("language", language).param("term", term.term())
                        .param("definition", term.definition()).param("aliases", aliases(term)).param("hash", next)
                        .update();
                inserted++;
            } else if (decide(row.hash(), row.seededHash(), next) == Decision.REPLACE) {
                jdbc.sql("update glossary_term set term = :term, short_definition = :definition, aliases = :aliases, "
                                + "seeded_hash = :hash, version = version + 1 where id = :id")
                        .param("term", term.term()).param("definition", term.definition())
                        .param("aliases", aliases(term)).param("hash", next).param("id", row.id())
                        .update();
                updated++;
            } else {
                settle(row.hash(), row.seededHash(), next, "glossary_term", row.id(), Target.GLOSSARY_TERM, language,
                        null, term.key(), termText(term));
            }
        }
        for (TermRow left : rows.values()) {
            if (unedited(left.hash(), left.seededHash())) {
                jdbc.sql("delete from glossary_term where id = :id").param("id", left.id()).update();
                removed++;
            } else {
                propose(Target.GLOSSARY_TERM, Change.REMOVE, language, null, left.termKey(), null, null);
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
            jdbc.sql("update " + table + " set seeded_hash = :hash where id = :id")
                    .param("hash", releaseHash).param("id", id).update();
        }
    }

    /** Records the release's text for an editor; an older pending proposal for the same item is superseded. */
    private void propose(Target target, Change change, String language, String topicKey, String itemKey,
                         String proposedText, String releaseHash) {
        List<Long> pending = jdbc.sql("select id from content_proposal where target = :target and item_key = :item "
                        + "and coalesce(topic_key, '') = :topic and coalesce(language, '') = :language "
                        + "and status = 'PENDING' and change_kind = :change and coalesce(proposed_text, '') = :text")
                .param("target", target.name()).param("item", itemKey).param("topic", Objects.toString(topicKey, ""))
                .param("language", Objects.toString(language, "")).param("change", change.name())
                .param("text", Objects.toString(proposedText, ""))
                .query(Long.class).list();
        if (!pending.isEmpty()) {
            return;
        }
        jdbc.sql("update content_proposal set status = 'SUPERSEDED', resolved_at = :now where target = :target "
                        + "and item_key = :item and coalesce(topic_key, '') = :topic "
                        + "and coalesce(language, '') = :language and status = 'PENDING'")
                .param("now", now).param("target", target.name()).param("item", itemKey)
                .param("topic", Objects.toString(topicKey, "")).param("language", Objects.toString(language, ""))
                .update();
        jdbc.sql("insert into content_proposal (target, change_kind, language, topic_key, item_key, proposed_text, "
                        + "seeded_hash, created_at, status) values (:target, :change, :language, :topic, :item, :text, "
                        + ":hash, :now, 'PENDING')")
                .param("target", target.name()).param("change", change.name()).param("language", language)
                .param("topic", topicKey).param("item", itemKey).param("text", proposedText)
                .param("hash", releaseHash).param("now", now)
                .update();
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
}
