package org.lumbarguide.editor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.SectionPreview.Preview;
import org.lumbarguide.content.SectionPreview.PreviewSection;
import org.lumbarguide.content.format.ContentFileException;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.editor.TopicEditorController.ReviewForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What changed, word by word: the review screen (a draft against the published text, with the approve and send-back
 * forms, which post to {@link TopicEditorController}'s review handlers) and the history's comparison of two versions.
 * Every signed-in editor may read both; approving and sending back are reviewers' ({@link EditorRights}) and, for a
 * draft one helped write, nobody's ({@link Drafts}): the page only decides whether to offer the forms.
 */
@Controller
@RequestMapping("/editor/topics/{language}/{key}")
class ReviewController {

    /**
     * The review screen's view: the draft's state, who wrote it, and what it changes ({@code sourcesAdded} and
     * {@code sourcesRemoved}: the changes' sources, named).
     */
    public record ReviewView(String language, String key, String title, boolean hasDraft, String status, Long version,
                      String contributors, String submittedBy, String submitNote, String returnComment, boolean canReview,
                      boolean ownDraft, boolean readable, TopicChanges changes, List<WordDiff.Piece> wholeText,
                      List<SourceName> sourcesAdded, List<SourceName> sourcesRemoved) {

        public boolean submitted() {
            return TopicDraft.Status.SUBMITTED.name().equals(status);
        }
    }

    /**
     * A source as the edit page lists it: "publisher: title (year)". A key the guide's list does not know (a draft
     * saved before its source was removed) is shown as written, so the reviewer still sees what the draft cites.
     */
    public record SourceName(String key, String label) {

        static SourceName of(String key, Map<String, ContentWrites.SourceChoice> known) {
            ContentWrites.SourceChoice source = known.get(key);
            if (source == null) {
                return new SourceName(key, key);
            }
            StringBuilder label = new StringBuilder(source.publisher());
            if (source.title() != null && !source.title().isEmpty()) {
                label.append(": ").append(source.title());
            }
            if (source.year() > 0) {
                label.append(" (").append(source.year()).append(')');
            }
            return new SourceName(key, label.toString());
        }
    }

    private final EditPage page;
    private final SectionPreview preview;
    private final Drafts drafts;

    ReviewController(EditPage page, SectionPreview preview, Drafts drafts) {
        this.page = page;
        this.preview = preview;
        this.drafts = drafts;
    }

    @GetMapping("/review")
    String review(@PathVariable String language, @PathVariable String key, Authentication user, Model model) {
        Drafts.Editing editing = page.open(language, key);
        TopicItem published = editing.published();
        boolean ownDraft = editing.contributors().contains(user.getName());
        boolean canReview = Role.REVIEWER.heldBy(user) && editing.status() == TopicDraft.Status.SUBMITTED && !ownDraft;
        TopicChanges changes = null;
        List<WordDiff.Piece> wholeText = List.of();
        boolean readable = true;
        if (editing.hasDraft()) {
            try {
                TopicItem draft = Drafts.parse(language, key, editing.text());
                changes = TopicChanges.between(published, draft,
                        new TopicChanges.Scores(scores(published), scores(draft)));
            } catch (ContentFileException e) {
                // A draft saved before today's checks: its whole text, compared as written.
                readable = false;
                wholeText = WordDiff.of(ContentFiles.write(published), editing.text());
            }
        }
        model.addAttribute("topicTitle", published.title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        List<SourceName> sourcesAdded = List.of();
        List<SourceName> sourcesRemoved = List.of();
        if (changes != null && (!changes.sourcesAdded().isEmpty() || !changes.sourcesRemoved().isEmpty())) {
            Map<String, ContentWrites.SourceChoice> known = new HashMap<>();
            List<ContentWrites.SourceChoice> sources = drafts.sources();
            (sources == null ? List.<ContentWrites.SourceChoice>of() : sources)
                    .forEach(source -> known.put(source.key(), source));
            sourcesAdded = changes.sourcesAdded().stream().map(k -> SourceName.of(k, known)).toList();
            sourcesRemoved = changes.sourcesRemoved().stream().map(k -> SourceName.of(k, known)).toList();
        }
        model.addAttribute("review", new ReviewView(language, key, published.title(), editing.hasDraft(),
                editing.status() == null ? null : editing.status().name(), editing.version(),
                String.join(", ", editing.contributors()), editing.submittedBy(), editing.submitNote(), editing.returnComment(),
                canReview,
                ownDraft, readable, changes, wholeText, sourcesAdded, sourcesRemoved));
        model.addAttribute("reviewForm", new ReviewForm(editing.version(), null));
        model.addAttribute("missingClinicalRole", canReview ? page.missingClinicalRole(user, language) : null);
        return "editor/review";
    }

    /**
     * Two versions from the history, line by line with the changed words marked. Its {@code params} make it the
     * handler for every comparison the history page links to (TopicEditorController's line-only one is left
     * for requests that lack a version, and answers them 400).
     */
    @GetMapping(path = "/diff", params = {"from", "to"})
    String diff(@PathVariable String language, @PathVariable String key, @RequestParam int from, @RequestParam int to,
                Model model) {
        Drafts.Editing editing = page.open(language, key);
        TopicRevision older = drafts.revision(language, key, from).orElseThrow(ReviewController::notFound);
        TopicRevision newer = drafts.revision(language, key, to).orElseThrow(ReviewController::notFound);
        model.addAttribute("topicTitle", editing.published().title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("lines", WordDiff.lines(older.getText(), newer.getText(), WordDiff.CONTEXT_LINES));
        return "editor/diff";
    }

    /** Each section's reading score as the page (and the edit page's preview) computes it, by anchor. */
    private Map<String, Double> scores(TopicItem topic) {
        Preview rendered = preview.preview(topic);
        Map<String, Double> scores = new LinkedHashMap<>();
        if (rendered != null) {
            for (PreviewSection section : rendered.sections()) {
                scores.putIfAbsent(section.section().anchor(), section.grade());
            }
        }
        return scores;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
