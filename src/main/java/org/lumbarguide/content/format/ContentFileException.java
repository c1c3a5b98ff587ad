package org.lumbarguide.content.format;

import org.lumbarguide.content.format.SeedContent.Origin;

/** A content file that cannot be read; the message starts with the file and line to fix. */
public class ContentFileException extends RuntimeException {

    private final transient Origin origin;

    public ContentFileException(Origin origin, String problem) {
        super(origin + ": " + problem);
        this.origin = origin;
    }

    public Origin origin() {
        return origin;
    }
}
