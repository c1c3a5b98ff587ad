package org.lumbarguide.site;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A topic page described for search engines: schema.org's {@code MedicalWebPage} as JSON-LD, for a
 * {@code <script type="application/ld+json">} in the page's head. Written by Jackson from a map, never by
 * joining strings, so a title or summary holding quotes, backslashes or {@code </script>} stays data: besides
 * JSON's own escapes, {@code <}, {@code >} and {@code &} are written as {@code \u003C}, {@code \u003E} and
 * {@code \u0026}, so nothing in it can close the element or start markup.
 * <p>
 * The page's audience is patients ({@code MedicalAudience} with {@code audienceType} "Patient"; schema.org's
 * own example writes the older {@code "https://schema.org/Patient"}, from when Patient was a value and not a
 * type). {@code lastReviewed} and {@code reviewedBy} are there only when a clinician has reviewed the topic, as
 * the page itself says: a reviewer is named by the clinical role readers are shown, never invented.
 */
final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new HtmlSafeEscapes()).build()).build();

    private StructuredData() {
    }

    /**
     * @param page     the topic
     * @param url      its canonical address
     * @param siteName the guide's name in the page's language
     * @param siteUrl  the guide's home page in the page's language
     */
    static String medicalWebPage(TopicPage page, String url, String siteName, String siteUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "MedicalWebPage");
        json.put("url", url);
        json.put("name", page.title());
        json.put("description", page.summary());
        json.put("inLanguage", page.language());
        json.put("audience", object("@type", "MedicalAudience", "audienceType", "Patient"));
        json.put("isPartOf", object("@type", "WebSite", "name", siteName, "url", siteUrl));
        ReviewStatus review = page.review();
        if (review != null && review.isReviewed()) {
            json.put("lastReviewed", review.reviewed().toString());
            if (review.reviewerRole() != null && !review.reviewerRole().isBlank()) {
                json.put("reviewedBy", object("@type", "Person", "jobTitle", review.reviewerRole()));
            }
        }
        return JSON.writeValueAsString(json);
    }

    /** Names and values in the order given (the page's bytes are the same on every instance of a build). */
    private static Map<String, Object> object(String... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** JSON's escapes, and {@code < > &} as Unicode escapes: the text can sit inside an HTML element. */
    static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii;

        HtmlSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Line and paragraph separators are line ends in older JavaScript parsers.
            if (ch == '\u2028') {
                return new SerializedString("\\u2028");
            }
            if (ch == '\u2029') {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
