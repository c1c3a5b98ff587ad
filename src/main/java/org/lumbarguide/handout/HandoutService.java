package org.lumbarguide.handout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/** What the handout builder offers from the published content, and what the handout template shows. */
@Service
class HandoutService {

    /** The topic whose sections form the "questions to ask" checklist. */
    static final String QUESTIONS_TOPIC = "questions";
    static final int MAX_ECHOED = 3;
    static final int MAX_ECHOED_LENGTH = 40;

    /** The section every topic's key points end with (the checklist topic shows its lists of questions instead). */
    static final String QUESTIONS_ANCHOR = "questions-to-ask";
    /** The drawing of the lower back goes after this section of this topic, as on the topic page. */
    static final String DIAGRAM_TOPIC = "overview";
    static final String DIAGRAM_SECTION = "lumbar-spine";

    /**
     * One topic of a handout. {@code address} is {@code url} cut where a printed line may break (after a
     * slash, before a dot); {@code questions} are what its key points ask; {@code diagramAfter} names the
     * section the drawing follows, or is null.
     */
    record HandoutTopic(String key, String title, String summary, ReviewStatus review, String url,
                        List<String> address, String qrDataUri, String qrAlt, List<SectionView> sections,
                        List<SectionView> questions, String diagramAfter) {

        /** The section with this anchor, or null: a section's translation (anchors are the same in every language). */
        public SectionView twin(SectionView section) {
            return sections.stream().filter(s -> s.anchor().equals(section.anchor())).findFirst().orElse(null);
        }

        /** The question list with this anchor, or null. */
        public SectionView twinQuestions(SectionView section) {
            return questions.stream().filter(s -> s.anchor().equals(section.anchor())).findFirst().orElse(null);
        }

        /** The "questions to ask" checklist: its lists fill its key points page. */
        public boolean checklist() {
            return QUESTIONS_TOPIC.equals(key);
        }
    }

    /**
     * A handout. {@code urgentSigns} and {@code routing} are the short emergency box on each key points page
     * after the first: every sign under its lead-in, run on in paragraphs, and who to call.
     */
    record Handout(String lang, Paper paper, boolean largePrint, boolean keyPoints, LocalDate printedOn,
                   SectionView urgent, String urgentSigns, String routing, List<HandoutTopic> topics,
                   String clinicName, String clinicPhone, String note, String patientName, String helplineNumber,
                   String bookmark, Labels labels, Handout translation) {

        /** Spanish and English: each part in this handout's language, then the same part from {@link #translation}. */
        public boolean bilingual() {
            return translation != null;
        }

        /** The same topic in the translation, or null (not bilingual, or the other language lacks it). */
        public HandoutTopic translated(HandoutTopic topic) {
            return translation == null ? null : translation.topics().stream()
                    .filter(t -> t.key().equals(topic.key())).findFirst().orElse(null);
        }

        /**
         * Key points whose first topic shares page 1 with the opening (header, emergency box, note), so one topic
         * is one sheet. Not when the first is the checklist: its lists fill a page of their own.
         */
        public boolean openingWithFirstTopic() {
            return keyPoints && !topics.isEmpty() && !topics.get(0).checklist();
        }

        /**
         * Key points in regular print: each page one sheet, in type a little smaller, the emergency box on page 1
         * from {@link #urgentSheet}. A bilingual handout in regular print opens the same compact way, so both its
         * boxes fit on page 1 below the two-language heading ({@link #openingBox}).
         */
        public boolean oneSheet() {
            return (keyPoints || translation != null) && !largePrint;
        }

        /**
         * The text of the emergency box that opens the handout, this handout's or its translation's ({@code box}).
         * A bilingual handout in regular print opens with both boxes on page 1: each is every sign, run on under its
         * lead-ins (as the short box of the key points), then who to call in two columns; two whole boxes with their
         * lists do not fit one Letter page. Key points in regular print: {@link #urgentSheet}; otherwise the box as
         * written. (Large print cannot hold both boxes on page 1: see {@link #translationStartsPage}.)
         */
        public String openingBox(Handout box) {
            if (box.urgent() == null) {
                return "";
            }
            if (bilingual() && !largePrint) {
                return box.urgentSigns() + box.routingInColumns();
            }
            return oneSheet() ? box.urgentSheet() : box.urgent().plainHtml();
        }

        /**
         * Large print bilingual: the translation's emergency box starts a page of its own. One box in large print
         * already runs on to a second page, so the two cannot share page 1; the patient's box (the document's
         * language) opens page 1 with who to call at its top, and the carer's starts at the top of the next page
         * with its own who to call, never beginning at a page's foot. Page 1 says so in the carer's language, under
         * the patient's who to call.
         */
        public boolean translationStartsPage() {
            return bilingual() && largePrint;
        }

        /** The emergency box for {@link #oneSheet}: every sign in its lists, who to call after them in two columns. */
        public String urgentSheet() {
            return urgent == null ? "" : sheetBox(urgent.plainHtml(), routing);
        }

        /** Who to call in two columns, for the short box. */
        public String routingInColumns() {
            return inTwoColumns(routing);
        }
    }

    /**
     * The handout's own words in its language, for the translation's blocks of a bilingual handout (the template's
     * messages are in the document's first language). {@code helplineHtml} is the helpline line with the number
     * escaped, or empty when no number was given.
     */
    record Labels(String heading, String urgentLabel, String helplineHtml, String helplineBlank, String whoToCall,
                  String readOnline, String urgentPointer, String boxFollows) {
    }

    /** A topic and its choosable sections, for the builder form. */
    record TopicChoice(String key, String title, List<SectionView> sections) {
    }

    /** What the builder offers, and the emergency box every handout starts with (for the page estimate). */
    record Choices(List<TopicChoice> topics, SectionView urgent) {
    }

    private final TopicCatalog catalog;
    private final QrCodes qrCodes;
    private final MessageSource messages;
    private final Clock clock;

    HandoutService(TopicCatalog catalog, QrCodes qrCodes, MessageSource messages,
                   Clock clock) {
        this.catalog = catalog;
        this.qrCodes = qrCodes;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The language of a handout's content: the one the form names if handouts are made in it, else the
     * request's (from Spring's LocaleResolver), else the one the guide was written in. Never a typed value the
     * guide does not have, so no catalog is ever built for one.
     */
    static String language(String named, Locale locale) {
        return isHandoutLanguage(named) ? languagesOf(named).get(0) : Languages.servedCode(locale);
    }

    /**
     * A bilingual handout: Spanish for the patient, English for a carer. Each part in Spanish is followed directly
     * by the same part in English (not facing pages, which need duplex printing and drift apart when one language
     * runs longer): each warning stays beside its translation, and the English emergency box follows the Spanish one that opens page 1.
     */
    static final String BILINGUAL = "es-en";

    /** What the builder's language choice offers: each language of the guide, then {@link #BILINGUAL}. */
    static List<String> handoutLanguages() {
        List<String> codes = new ArrayList<>(Languages.codes());
        codes.add(BILINGUAL);
        return codes;
    }

    /** Whether a form's language is one handouts are made in: a language of the guide, or {@link #BILINGUAL}. */
    static boolean isHandoutLanguage(String code) {
        return Languages.isSupported(code) || BILINGUAL.equals(code);
    }

    /** The languages a handout prints, in order; the first is the document's own. */
    static List<String> languagesOf(String code) {
        if (BILINGUAL.equals(code)) {
            return List.of(Languages.code(Languages.SPANISH), Languages.defaultCode());
        }
        return List.of(Languages.isSupported(code) ? code : Languages.defaultCode());
    }

    /** The form's language (HandoutController names one in every form it completes), or the guide's first. */
    private static String languageOf(HandoutForm form) {
        return languagesOf(form.getLang()).get(0);
    }

    /** The form's handout language as a bookmark names it: one language, or {@link #BILINGUAL}. */
    private static String codeOf(HandoutForm form) {
        return isHandoutLanguage(form.getLang()) ? form.getLang() : Languages.defaultCode();
    }

    /** What the builder offers in a language (that of the guide's writing if handouts are not made in it). */
    Choices choices(String lang) {
        Catalog current = catalog.catalog(Languages.isSupported(lang) ? lang : Languages.defaultCode());
        return new Choices(current.topics().stream()
                .map(link -> current.page(link.slug()).orElseThrow())
                .map(page -> new TopicChoice(page.key(), page.title(), choosable(page)))
                .toList(), current.urgentSigns());
    }

    /**
     * The handout for a form that passed its checks (HandoutForm's constraints), in the form's language.
     * {@code baseUrl} is where readers open the guide (scheme, host, port, no trailing slash): printed links and
     * QR codes start with it.
     */
    Handout build(HandoutForm form, String baseUrl) {
        List<String> languages = languagesOf(form.getLang());
        Handout translation = languages.size() > 1 ? build(form, baseUrl, languages.get(1), null) : null;
        return build(form, baseUrl, languages.get(0), translation);
    }

    private Handout build(HandoutForm form, String baseUrl, String lang, Handout translation) {
        Catalog current = catalog.catalog(lang);
        Map<String, TopicPage> byKey = byKey(current);
        Set<String> chosenSections = new LinkedHashSet<>(form.getSection());
        List<String> topicKeys = new ArrayList<>();
        for (TopicPage page : byKey.values()) {
            boolean topicTicked = form.getTopic().contains(page.key());
            boolean anySection = chosenSections.stream().anyMatch(id -> id.startsWith(page.key() + ":"));
            if (topicTicked || anySection) {
                topicKeys.add(page.key());
            }
        }
        List<HandoutTopic> topics = new ArrayList<>();
        for (String key : topicKeys) {
            TopicPage page = byKey.get(key);
            boolean anySection = chosenSections.stream().anyMatch(id -> id.startsWith(key + ":"));
            List<SectionView> sections = choosable(page).stream()
                    .filter(s -> !anySection || chosenSections.contains(key + ":" + s.anchor()))
                    .toList();
            String url = baseUrl + "/topics/" + page.slug();
            boolean diagram = !form.keyPoints() && key.equals(DIAGRAM_TOPIC)
                    && sections.stream().anyMatch(s -> s.anchor().equals(DIAGRAM_SECTION));
            topics.add(new HandoutTopic(key, page.title(), page.summary(), page.review(), url, addressParts(url),
                    Boolean.TRUE.equals(form.getQr()) ? qrCodes.pngDataUri(url) : null,
                    message("handout.qrAlt", Locale.forLanguageTag(lang), page.title(), url), sections,
                    questions(page), diagram ? DIAGRAM_SECTION : null));
        }
        SectionView urgent = current.urgentSigns();
        return new Handout(lang, form.getPaper(), form.largePrint(), form.keyPoints(),
                LocalDate.now(clock), urgent,
                urgent == null ? "" : signs(urgent.plainHtml(), current.emergencyRouting()), current.emergencyRouting(),
                topics, form.getClinicName(), form.getClinicPhone(), form.getNote(), form.getPatientName(),
                form.getHelplineNumber(), bookmark(form), labels(form, Locale.forLanguageTag(lang)), translation);
    }

    private Labels labels(HandoutForm form, Locale locale) {
        String number = form.getHelplineNumber();
        return new Labels(message("handout.heading", locale), message("callout.urgent", locale),
                number.isEmpty() ? "" : message("emergency.helpline", locale,
                        "<span class=\"nowrap\">" + HtmlUtils.htmlEscape(number) + "</span>"),
                message("handout.helplineBlank", locale), message("handout.whoToCall", locale),
                message("handout.readOnlineLabel", locale), message("handout.urgentPointer", locale),
                message("handout.boxFollows", locale));
    }

    /**
     * An address in the pieces a printed line may break between: after a slash (but not inside "//") and
     * before a dot, so a reader never meets half a word at a line's end.
     */
    static List<String> addressParts(String url) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '.' || url.charAt(i - 1) == '/' && c != '/') {
                parts.add(url.substring(start, i));
                start = i;
            }
        }
        parts.add(url.substring(start));
        return parts;
    }

    /**
     * The emergency box for the short box on each key points page: every sign, with who to call left out (the
     * page adds it from {@code routingHtml}). Each list of signs is run on as one paragraph, each sign after a
     * bullet (half the height of a list), under its own lead-in. A list item that is one of who to call's items
     * is dropped, even when the box's markdown has run who to call into the list before it.
     */
    static String signs(String boxHtml, String routingHtml) {
        Set<String> routing = routingItems(routingHtml);
        Document box = Jsoup.parseBodyFragment(boxHtml);
        box.outputSettings().prettyPrint(false);
        dropRoutingLeadIn(box, routing);
        StringBuilder signs = new StringBuilder();
        for (Element child : box.body().children()) {
            if (!child.tagName().equals("ul") && !child.tagName().equals("ol")) {
                signs.append(child.outerHtml());
                continue;
            }
            List<String> items = child.children().stream().filter(item -> !routing.contains(item.text()))
                    .map(HandoutService::inline).toList();
            if (!items.isEmpty()) {
                signs.append("<p class=\"run-in\">").append(items.stream().map(item -> "\u2022\u00A0" + item)
                        .collect(Collectors.joining(" "))).append("</p>");
            }
        }
        return signs.toString();
    }

    /**
     * The emergency box for a one-sheet handout: the same words in the same order, each list of signs as it is,
     * and who to call after them in two columns (half its height). Who to call's items are taken out of the lists
     * of signs, where markdown may have run them in; the box stays as it is if it has no who to call.
     */
    static String sheetBox(String boxHtml, String routingHtml) {
        Set<String> routing = routingItems(routingHtml);
        Document box = Jsoup.parseBodyFragment(boxHtml);
        box.outputSettings().prettyPrint(false);
        dropRoutingLeadIn(box, routing);
        boolean found = false;
        for (Element list : box.body().select("> ul, > ol")) {
            for (Element item : new ArrayList<>(list.children())) {
                if (routing.contains(item.text())) {
                    item.remove();
                    found = true;
                }
            }
            if (list.children().isEmpty()) {
                list.remove();
            }
        }
        return found ? box.body().html() + inTwoColumns(routingHtml) : boxHtml;
    }

    /**
     * The box's own lead-in to who to call ("Who to call:"), the paragraph just before a list that is all who to
     * call's items: the handout sets who to call apart under its own label, so the lead-in would say it twice.
     */
    private static void dropRoutingLeadIn(Document box, Set<String> routing) {
        for (Element list : box.body().select("> ul, > ol")) {
            Element before = list.previousElementSibling();
            if (!routing.isEmpty() && before != null && before.tagName().equals("p")
                    && list.children().stream().allMatch(item -> routing.contains(item.text()))) {
                before.remove();
            }
        }
    }

    private static Set<String> routingItems(String routingHtml) {
        return Jsoup.parseBodyFragment(routingHtml == null ? "" : routingHtml).select("li").stream()
                .map(Element::text).collect(Collectors.toSet());
    }

    /** A list item's words without the paragraphs a loose list wraps them in. */
    private static String inline(Element item) {
        return item.children().stream().allMatch(child -> child.tagName().equals("p"))
                && !item.children().isEmpty()
                ? item.children().stream().map(Element::html).map(String::strip).collect(Collectors.joining(" "))
                : item.html().strip();
    }

    /**
     * What a topic's key points ask: its "questions to ask" section, or for the checklist its lists of questions;
     * their lists in two columns, so each topic's key points fit on one page.
     */
    private static List<SectionView> questions(TopicPage page) {
        List<SectionView> questions = page.key().equals(QUESTIONS_TOPIC)
                ? choosable(page).stream()
                        .filter(s -> !s.tip() && Jsoup.parseBodyFragment(s.plainHtml()).selectFirst("li") != null)
                        .toList()
                : page.sections().stream().filter(s -> s.anchor().equals(QUESTIONS_ANCHOR)).toList();
        return questions.stream().map(HandoutService::inTwoColumns).toList();
    }

    /**
     * A section with each of its lists cut into two lists side by side, the first half on the left. (Floating
     * the items themselves would read across, but openhtmltopdf then tags them wrongly for screen readers.)
     */
    static SectionView inTwoColumns(SectionView section) {
        return new SectionView(section.anchor(), section.heading(), section.html(), section.termsHtml(),
                inTwoColumns(section.plainHtml()), section.kind(), section.tier());
    }

    /** HTML with each of its lists cut into two lists side by side, the first half on the left. */
    static String inTwoColumns(String fragment) {
        Document html = Jsoup.parseBodyFragment(fragment);
        html.outputSettings().prettyPrint(false);
        for (Element list : html.body().select("> ul")) {
            List<Element> items = new ArrayList<>(list.children());
            int half = (items.size() + 1) / 2;
            Element columns = new Element("div").addClass("columns");
            Element left = columns.appendElement("div").addClass("column").appendElement("ul");
            Element right = columns.appendElement("div").addClass("column").appendElement("ul");
            for (int i = 0; i < items.size(); i++) {
                (i < half ? left : right).appendChild(items.get(i));
            }
            list.replaceWith(columns);
        }
        return html.body().html();
    }

    /**
     * The builder's address with this set of choices: never the note, the patient's name or their
     * helpline, and only choices the guide has (whatever else was sent is not repeated back). The old
     * questions=true is not written: it arrives as the questions topic (see HandoutForm.setQuestions).
     */
    String bookmark(HandoutForm form) {
        String lang = languageOf(form);
        Map<String, TopicPage> byKey = byKey(catalog.catalog(lang));
        return new HandoutBookmark(form.getTopic().stream().filter(byKey::containsKey).distinct().toList(),
                form.getSection().stream().filter(id -> findSection(byKey, id) != null).distinct().toList(),
                form.getPaper() == null ? "" : form.getPaper().code(), form.getSize().code(), codeOf(form),
                form.getQr(), form.getFormat().code()).address();
    }

    /** Unknown values named back to the clinician: a few, each cut short, so no one can make the page huge. */
    static String echo(List<String> values) {
        List<String> shown = values.stream().distinct().limit(MAX_ECHOED)
                .map(v -> v.length() <= MAX_ECHOED_LENGTH ? v : v.substring(0, MAX_ECHOED_LENGTH) + "…")
                .toList();
        return String.join(", ", shown) + (values.stream().distinct().count() > MAX_ECHOED ? ", …" : "");
    }

    /** Urgent sections are not offered: the urgent box is on every handout. */
    private static List<SectionView> choosable(TopicPage page) {
        return page.sections().stream().filter(s -> s.kind() != SectionKind.URGENT).toList();
    }

    private static Map<String, TopicPage> byKey(Catalog catalog) {
        Map<String, TopicPage> byKey = new LinkedHashMap<>();
        catalog.topics().forEach(link -> byKey.put(link.key(), catalog.page(link.slug()).orElseThrow()));
        return byKey;
    }

    private static SectionView findSection(Map<String, TopicPage> byKey, String id) {
        int colon = id.indexOf(':');
        TopicPage page = colon < 0 ? null : byKey.get(id.substring(0, colon));
        if (page == null) {
            return null;
        }
        String anchor = id.substring(colon + 1);
        return choosable(page).stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElse(null);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
