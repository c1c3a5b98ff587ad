package org.lumbarguide.content.render;

/**
 * Text whose includes cannot be expanded: a block that includes itself (directly or through others),
 * includes nested deeper than {@link ContentText#MAX_DEPTH}, or a page that would grow past
 * {@link ContentText#MAX_PAGE_CHARS}. The message names the include, for the editor's form, the import's
 * file and line, and the dashboard.
 */
public class IncludeException extends RuntimeException {

    public enum Kind { CYCLE, TOO_DEEP, TOO_LARGE }

    private final transient Kind kind;
    private final String include;
    private final String detail;

    IncludeException(Kind kind, String include, String detail, String message) {
        super(message);
        this.kind = kind;
        this.include = include;
        this.detail = detail;
    }

    /** The loop of blocks (CYCLE), how deep they nest (TOO_DEEP) or the limit in characters (TOO_LARGE). */
    public String detail() {
        return detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The block whose include is refused (null when plain text alone is too large). */
    public String include() {
        return include;
    }

    /**
     * The messages.properties key that words a problem for editors: {@code kind} is a {@link Kind} or
     * {@code OTHER} (any other exception while rendering), {@code include} null when no block is to blame.
     */
    public static String messageKey(String kind, String include) {
        return "content.include." + kind + (include == null ? ".page" : "");
    }

    static IncludeException cycle(String include, java.util.List<String> chain) {
        String loop = String.join(" → ", chain) + " → " + include;
        return new IncludeException(Kind.CYCLE, include, loop, "{{include " + include + "}} includes itself ("
                + loop + "). A shared block may include other blocks, never itself.");
    }

    static IncludeException tooDeep(String include, int depth) {
        return new IncludeException(Kind.TOO_DEEP, include, Integer.toString(depth), "{{include " + include + "}} nests " + depth
                + " blocks inside one another; at most " + ContentText.MAX_DEPTH + " may be.");
    }

    static IncludeException tooLarge(String include, int limit) {
        return new IncludeException(Kind.TOO_LARGE, include, Integer.toString(limit), (include == null ? "The text"
                : "{{include " + include + "}}") + " grows past " + limit
                + " characters, the most a page may hold once shared blocks are included.");
    }
}
