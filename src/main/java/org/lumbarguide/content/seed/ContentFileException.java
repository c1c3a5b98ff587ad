package org.lumbarguide.content.seed;

import org.lumbarguide.content.seed.SeedContent.Origin;
import org.springframework.modulith.NamedInterface;

/** A content file that cannot be read; the message starts with the file and line to fix. */
@NamedInterface("content-writes")
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
