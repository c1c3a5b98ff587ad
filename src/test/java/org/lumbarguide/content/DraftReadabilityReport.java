package org.lumbarguide.content;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.Readability;

/**
 * Author's aid, not a test: scores a content draft (sections start with "## ") the same way the
 * readability gate scores seeded sections, in the language of its folder (a file under es/ is Spanish,
 * scored with Fernández Huerta). Usage: java -cp ... DraftReadabilityReport file [limit], the limit being the
 * most grade in English (8) or the least reading ease in Spanish (70).
 */
public final class DraftReadabilityReport {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String text = Files.readString(file);
        String language = file.getParent() == null ? "en" : file.getParent().getFileName().toString();
        boolean ease = Readability.measure(language).higherIsEasier();
        double limit = args.length > 1 ? Double.parseDouble(args[1]) : ease ? 70 : 8.0;
        MarkdownRenderer renderer = new MarkdownRenderer();
        int failures = 0;
        String[] parts = text.split("(?m)^## ");
        for (int i = 1; i < parts.length; i++) {
            String heading = parts[i].lines().findFirst().orElse("");
            String body = parts[i].substring(heading.length());
            Readability.Score score = Readability.score(renderer.toPlainText(body), language);
            boolean bad = (ease ? score.readingEase() < limit : score.grade() > limit)
                    || score.longestSentenceWords() > 25;
            failures += bad ? 1 : 0;
            System.out.printf("%s %s %.1f ease %.0f longest %d words  | %s%n", bad ? "FAIL" : "ok  ",
                    ease ? "fernandez-huerta" : "grade", score.level(), score.readingEase(),
                    score.longestSentenceWords(), heading);
            if (bad) {
                System.out.println("       longest: " + score.longestSentence());
            }
        }
        System.out.println(failures == 0 ? "ALL OK" : failures + " section(s) over the limits");
    }
}
