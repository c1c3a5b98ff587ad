package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.SpellingItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.GlossaryLinker;

/**
 * The region's spellings (en/spellings.yaml), checked on the content files: a US page shows none of the
 * British words the list changes, and no other British spelling either (so a new word is added to the
 * list); every word listed is one the content uses; and the glossary still links its words as spelled.
 */
class ContentSpellingTests {

    /** What never changes with the spelling, so what the checks do not read: addresses, anchors, placeholders. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "\\]\\([^)]*\\)|<[^<>\\s]+>|\\{#[^}]*}|\\{\\{[^}]*}}|`[^`]*`|(?:https?://|mailto:|www\\.)\\S+");

    /**
     * British spellings the list may not yet have, by their shape: -our, ae and oe in medical words, -tre,
     * -ise and -yse verbs, doubled l, -ence nouns, and single words. A match in US text means a new word to
     * add to en/spellings.yaml (or a word to add here as an exception, if it is right in US English).
     */
    static final List<Pattern> BRITISH = List.of(
            word("\\w*(?:colour|behaviour|favour|honour|labour|neighbour|rumour|tumour|odour|humour|vapour|flavour"
                    + "|harbour|armour|endeavour|savour)\\w*"),
            word("\\w*(?:haem|anaem|aemia|paed|anaes|leukaem|gynaec|caesar)\\w*"),
            word("(?:oesoph|oedema|oestr|diarrhoe|dyspnoe|foet|coeliac|manoeuv|amenorrhoe)\\w*"),
            word("(?:centre|litre|metre|fibre|theatre|millimetre|centimetre|calibre|spectre)s?"),
            word("(?:organ|recogn|real|special|minim|maxim|apolog|priorit|stabil|mobil|immobil|hospital|personal"
                    + "|summar|visual|util|normal|steril|categor|critic|final|memor|optim|immun|author|character"
                    + "|custom|familiar|standard|emphas|catheter|sympath|general|neutral|fertil|anaesthet|anesthet"
                    + "|energ|local|central|capital|harmon|sanit|vapor|vapour|ion|jeopard|legal|penal|trivial)"
                    + "is(?:e|es|ed|ing|ation|ations|er|ers)"),
            word("(?:anal|paral|catal|dial|hydrol)ys(?:e|ed|ing)"),
            word("(?:counsell|travell|labell|modell|levell|channell|marvell)\\w*|cancell(?:ed|ing)|fuell(?:ed|ing)"
                    + "|signall(?:ed|ing)|totalled|enrols?|enrolment|fulfils?|fulfilment|skilful|wilful|instalment"
                    + "|jewellery|woollen"),
            word("(?:licence|defence|offence|pretence)s?"),
            word("programmes?|greys?|ageing|judgements?|sceptic(?:al)?|aluminium|plough|cheques?|tyres?|kerbs?"
                    + "|pyjamas|mould(?:y|s)?|practis(?:e|ed|es|ing)|draughts?|storeys?|moustache|sulphur|aetiology"
                    + "|orthopaedics?|paediatrics?|speciality|specialities|cosy|moult"));

    static Release release;

    @BeforeAll
    static void readTheFiles() {
        release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
    }

    private static Pattern word(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** What fills a language's text in a region, as the site does: blocks, region words and spellings. */
    static ContentText filler(String language, Region region) {
        Map<String, String> blocks = new HashMap<>();
        release.topics(language).stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .flatMap(t -> t.sections().stream()).forEach(s -> blocks.put(s.anchor(), s.body()));
        return new ContentText(blocks, release.regionWords(language, region), release.spellings(language, region));
    }

    /** Every text a page or the glossary shows in a region, filled, with where it is written. */
    static void eachFilledText(String language, Region region, BiConsumer<Origin, String> check) {
        ContentText text = filler(language, region);
        for (TopicItem topic : release.topics(language)) {
            ContentText.Page page = text.page();
            check.accept(topic.origin(), page.fill(topic.title()));
            check.accept(topic.origin(), page.fill(topic.summary()));
            for (SectionItem section : topic.sections()) {
                check.accept(section.origin(), page.fill(section.heading()));
                check.accept(new Origin(section.origin().file(), section.bodyLine()), page.fill(section.body()));
            }
        }
        for (TermItem term : release.glossary(language)) {
            check.accept(term.origin(), text.fill(term.term()));
            term.otherForms().forEach(form -> check.accept(term.origin(), text.fill(form)));
            check.accept(term.origin(), text.fill(term.definition()));
        }
        release.regionWords(language, region).forEach((name, words) ->
                check.accept(new Origin(language + "/regions.yaml", 1), text.fill("{{" + name + "}}")));
    }

    @Test
    void usTextShowsNoneOfTheWordsItsListRespells() {
        Set<String> failures = new LinkedHashSet<>();
        for (SpellingItem spellings : release.spellings()) {
            List<Pattern> listed = spellings.words().keySet().stream().map(w -> word(Pattern.quote(w))).toList();
            eachFilledText(spellings.language(), spellings.region(), (origin, text) -> {
                String shown = NOT_TEXT.matcher(text).replaceAll(" ");
                for (Pattern british : listed) {
                    Matcher m = british.matcher(shown);
                    if (m.find()) {
                        failures.add(origin + ": '" + m.group() + "' in the " + spellings.region().key() + " region");
                    }
                }
            });
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void usTextHasNoOtherBritishSpelling() {
        assertThat(release.spellings("en", Region.US)).as("en/spellings.yaml has us").isNotEmpty();
        Set<String> failures = new LinkedHashSet<>();
        eachFilledText("en", Region.US, (origin, text) -> {
            String shown = NOT_TEXT.matcher(text).replaceAll(" ");
            for (Pattern british : BRITISH) {
                Matcher m = british.matcher(shown);
                while (m.find()) {
                    failures.add(origin + ": '" + m.group() + "' looks British; add its US spelling to "
                            + "en/spellings.yaml (us:)");
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void theDetectorKnowsTheListsWords() {
        // The shape check above would catch each listed word if the list lost it.
        for (String british : release.spellings("en", Region.US).keySet()) {
            assertThat(BRITISH.stream().anyMatch(p -> p.matcher(british).matches())).as(british).isTrue();
        }
    }

    /** A reviewed list, like sources.yaml: no entry for a word no reader sees. */
    @Test
    void everyListedWordIsOneTheContentUses() {
        for (SpellingItem spellings : release.spellings()) {
            StringBuilder all = new StringBuilder();
            eachFilledText(spellings.language(), Region.INTERNATIONAL, (origin, text) ->
                    all.append(NOT_TEXT.matcher(text).replaceAll(" ")).append('\n'));
            // The region's own words are read in that region only.
            release.regionWords(spellings.language(), spellings.region()).values()
                    .forEach(w -> all.append(w).append('\n'));
            for (String british : spellings.words().keySet()) {
                assertThat(word(Pattern.quote(british)).matcher(all).find())
                        .as(spellings.origin() + ": '" + british + "' is not in the content; take it out").isTrue();
            }
        }
    }

    /** Terms and forms are spelled as the text is, so a respelled word still links to its entry, once. */
    @Test
    void inTheUsTheGlossaryLinksEveryTermUsedOnAPageOnce() {
        ContentText text = filler("en", Region.US);
        List<GlossaryEntry> entries = release.glossary("en").stream().map(t -> {
            List<String> forms = new ArrayList<>(List.of(text.fill(t.term())));
            t.otherForms().forEach(form -> forms.add(text.fill(form)));
            return new GlossaryEntry(text.fill(t.term()), t.key(), text.fill(t.definition()), List.copyOf(forms));
        }).toList();
        Set<String> forms = new java.util.HashSet<>();
        entries.forEach(e -> e.forms().forEach(form -> assertThat(forms.add(form.toLowerCase(Locale.ROOT)))
                .as("'" + form + "' is two glossary words once spelled for the us").isTrue()));
        assertThat(entries).extracting(GlossaryEntry::term).contains("Hematologist", "Orthopedic surgeon")
                .doesNotContain("Haematologist");
        assertThat(entries).extracting(GlossaryEntry::anchor).contains("haematologist", "orthopaedic-surgeon");

        MarkdownRenderer markdown = new MarkdownRenderer();
        List<String> failures = new ArrayList<>();
        for (TopicItem topic : release.topics("en")) {
            GlossaryLinker linker = new GlossaryLinker(entries);
            ContentText.Page page = text.page();
            StringBuilder html = new StringBuilder();
            StringBuilder plain = new StringBuilder();
            for (SectionItem section : topic.sections()) {
                String body = page.fill(section.body());
                html.append(markdown.toSafeHtml(body, linker, section.anchor(), "Words").body());
                plain.append(markdown.toPlainText(body.replaceAll("(?m)^#+ .*$", ""))).append('\n');
            }
            for (GlossaryEntry entry : entries) {
                boolean used = GlossaryUse.uses(plain.toString(), entry, entries);
                int links = html.toString().split(Pattern.quote("href=\"/glossary#" + entry.anchor()
                        + "\" class=\"term\""), -1).length - 1;
                if (used != (links == 1) || links > 1) {
                    failures.add(topic.origin() + ": '" + entry.term() + "' is " + (used ? "used" : "not used")
                            + " and linked " + links + " times in the us region");
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
