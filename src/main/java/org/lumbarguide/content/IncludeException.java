package org.lumbarguide.content;

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

    IncludeException(Kind kind, String include, String message) {
        super(message);
        this.kind = kind;
        this.include = include;
    }

    public Kind kind() {
        return kind;
    }

    /** The block whose include is refused (null when plain text alone is too large). */
    public String include() {
        return include;
    }

    static IncludeException cycle(String include, java.util.List<String> chain) {
        return new IncludeException(Kind.CYCLE, include, "{{include " + include + "}} includes itself ("
                + String.join(" → ", chain) + " → " + include + "). A shared block may include other blocks, "
                + "never itself.");
    }

    static IncludeException tooDeep(String include, int depth) {
        return new IncludeException(Kind.TOO_DEEP, include, "{{include " + include + "}} nests " + depth
                + " blocks inside one another; at most " + ContentText.MAX_DEPTH + " may be.");
    }

    static IncludeException tooLarge(String include, int limit) {
        return new IncludeException(Kind.TOO_LARGE, include, (include == null ? "The text"
                : "{{include " + include + "}}") + " grows past " + limit
                + " characters, the most a page may hold once shared blocks are included.");
    }
}
