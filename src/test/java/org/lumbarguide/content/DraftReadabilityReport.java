package org.lumbarguide.content;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.Readability;

/**
 * Author's aid, not a test: scores a content draft (sections start with "## ") the same way the
 * readability gate scores seeded sections. Usage: java -cp ... DraftReadabilityReport file [maxGrade]
 */
public final class DraftReadabilityReport {

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        double maxGrade = args.length > 1 ? Double.parseDouble(args[1]) : 8.0;
        MarkdownRenderer renderer = new MarkdownRenderer();
        int failures = 0;
        String[] parts = text.split("(?m)^## ");
        for (int i = 1; i < parts.length; i++) {
            String heading = parts[i].lines().findFirst().orElse("");
            String body = parts[i].substring(heading.length());
            Readability.Score score = Readability.score(renderer.toPlainText(body));
            boolean bad = score.grade() > maxGrade || score.longestSentenceWords() > 25;
            failures += bad ? 1 : 0;
            System.out.printf("%s grade %.1f ease %.0f longest %d words  | %s%n", bad ? "FAIL" : "ok  ",
                    score.grade(), score.readingEase(), score.longestSentenceWords(), heading);
            if (bad) {
                System.out.println("       longest: " + score.longestSentence());
            }
        }
        System.out.println(failures == 0 ? "ALL OK" : failures + " section(s) over the limits");
    }
}
