package org.lumbarguide.handout;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The handout builder's address with choices already made: the link the builder shows to bookmark a set
 * ({@code HandoutService.bookmark}) and the one a health record's card opens (api/CdsHooksCards). It writes only
 * bookmark fields ({@code HandoutForm.BOOKMARKED}), always in the same order, so it can never carry the note, the
 * patient's name or their helpline. A choice left null is not written: the builder starts with its own default.
 *
 * @param topics   topic keys
 * @param sections topic parts ({@code topic:anchor})
 * @param paper    the paper's code ({@code letter}, {@code a4})
 * @param size     the print size's code
 * @param language the handout's language: a language of the guide, or {@code es-en}
 * @param qr       whether each topic has its QR code
 * @param format   the format's code
 */
public record HandoutBookmark(List<String> topics, List<String> sections, String paper, String size, String language,
                              Boolean qr, String format) {

    /** The builder's address. */
    public static final String PATH = "/handouts";

    public HandoutBookmark {
        topics = List.copyOf(topics);
        sections = List.copyOf(sections);
    }

    /** These topics, this paper and this language chosen; the rest as the builder starts. */
    public static HandoutBookmark of(List<String> topics, String paper, String language) {
        return new HandoutBookmark(topics, List.of(), paper, null, language, null, null);
    }

    /** The address from the site's root, each value encoded: {@code /handouts?topic=…&paper=…&lang=…}. */
    public String address() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        topics.forEach(topic -> uri.queryParam("topic", topic));
        sections.forEach(section -> uri.queryParam("section", section));
        add(uri, "paper", paper);
        add(uri, "size", size);
        add(uri, "lang", language);
        add(uri, "qr", qr);
        add(uri, "format", format);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
