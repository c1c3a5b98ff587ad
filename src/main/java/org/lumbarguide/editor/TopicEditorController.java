package org.lumbarguide.editor;

import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.format.ContentFileException;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/** Editing a topic, its review, and its history. Works without JavaScript: every action is a form. */
@Controller
class TopicEditorController {

    /**
     * What fits the form-post limit (64 KB, server.tomcat.max-http-form-post-size and nginx's
     * client_max_body_size) once a browser has encoded it: about 1.15 bytes a character for English
     * topic text, more for accented letters. Three times today's longest topic. The text box has no
     * maxlength: a browser would cut a longer paste silently, where this check refuses it and keeps it whole.
     */
    static final int MAX_TEXT = 50_000;
    static final int MAX_COMMENT = 2_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(?:-[A-Z]{2})?");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** One line of a diff: ' ' unchanged, '-' removed, '+' added, '@' where a change starts. */
    public record DiffLine(char kind, String text) {

        public String cssClass() {
            return switch (kind) {
                case '-' -> "diff-del";
                case '+' -> "diff-add";
                case '@' -> "diff-hunk";
                default -> "diff-same";
            };
        }
    }

    public record RevisionRow(int number, String kind, java.time.Instant publishedAt, String authors, String reviewer,
                              String reviewerRole, String comment) {
    }

    private final Drafts drafts;
    private final Accounts accounts;
    private final SectionPreview preview;
    private final MessageSource messages;

    TopicEditorController(Drafts drafts, Accounts accounts, SectionPreview preview, MessageSource messages) {
        this.drafts = drafts;
        this.messages = messages;
        this.accounts = accounts;
        this.preview = preview;
    }

    @GetMapping("/editor/topics/{language}/{key}")
    String edit(@PathVariable String language, @PathVariable String key, Model model, Authentication user) {
        Drafts.Editing editing = editing(language, key);
        return page(model, editing, editing.text(), editing.version(), user, List.of(), false);
    }

    @PostMapping("/editor/topics/{language}/{key}")
    String act(@PathVariable String language, @PathVariable String key, @RequestParam(defaultValue = "") String text,
               @RequestParam(required = false) Long version, @RequestParam String action, Model model,
               Authentication user, HttpServletResponse response) {
        Drafts.Editing editing = editing(language, key);
        text = lineBreaks(text);
        if (TopicDraftChecks.length(text) > MAX_TEXT) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, editing, text, version, user, List.of(messages.getMessage("editor.edit.tooLong",
                    new Object[] {TopicDraftChecks.length(text), MAX_TEXT}, LocaleContextHolder.getLocale())), false);
        }
        try {
            switch (action) {
                case "save", "preview" -> {
                    List<String> problems = drafts.problems(language, key, text);
                    if (!problems.isEmpty()) {
                        response.setStatus(HttpStatus.BAD_REQUEST.value());
                        return page(model, editing, text, version, user, problems, false);
                    }
                    if (action.equals("preview")) {
                        return page(model, editing, text, version, user, List.of(), true);
                    }
                    drafts.save(language, key, text, version, user.getName());
                    return "redirect:/editor/topics/" + language + "/" + key + "?saved";
                }
                case "submit" -> drafts.submit(language, key, required(version), user.getName());
                case "discard" -> drafts.discard(language, key, required(version), user.getName());
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        } catch (Drafts.Conflict | ConcurrencyFailureException | DataIntegrityViolationException conflict) {
            // A stale version, a lost row lock or a lost first insert (checked input breaks no other rule):
            // each means another editor saved first, never that the database is away.
            return conflict(model, language, key, text, response);
        } catch (Drafts.Refused refused) {
            return refused(model, editing, user, refused, response);
        }
        return "redirect:/editor/topics/" + language + "/" + key + "?" + action;
    }

    /** 409: the editor's text, kept in the form, and the text saved now (read afresh, after the winner's commit). */
    private String conflict(Model model, String language, String key, String yours, HttpServletResponse response) {
        Drafts.Editing now = editing(language, key);
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("title", now.published().title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        model.addAttribute("yours", yours);
        model.addAttribute("theirs", now.hasDraft() ? now.text() : null);
        model.addAttribute("savedBy", now.updatedBy());
        model.addAttribute("currentVersion", now.version());
        return "editor/conflict";
    }

    @PostMapping("/editor/topics/{language}/{key}/review")
    String review(@PathVariable String language, @PathVariable String key, @RequestParam long version,
                  @RequestParam String decision, @RequestParam(defaultValue = "") String comment, Model model,
                  Authentication user, HttpServletResponse response) {
        requireReviewer(user);
        Drafts.Editing editing = editing(language, key);
        comment = lineBreaks(comment);
        if (TopicDraftChecks.length(comment) > MAX_COMMENT) {
            return reviewAgain(model, language, key, user, comment, "editor.review.commentTooLong",
                    HttpStatus.BAD_REQUEST, response);
        }
        try {
            switch (decision) {
                case "approve" -> drafts.approve(language, key, version, user.getName(), clinicalRole(user), comment);
                case "return" -> drafts.sendBack(language, key, version, user.getName(), comment);
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        } catch (Drafts.Refused refused) {
            model.addAttribute("reviewComment", comment);
            return refused(model, editing, user, refused, response);
        } catch (Drafts.Invalid invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reviewComment", comment);
            Drafts.Editing now = editing(language, key);
            return page(model, now, now.text(), now.version(), user, invalid.problems, false);
        } catch (Drafts.Conflict | ConcurrencyFailureException | DataIntegrityViolationException conflict) {
            return reviewAgain(model, language, key, user, comment, "editor.edit.changed", HttpStatus.CONFLICT,
                    response);
        }
        return "redirect:/editor/topics/" + language + "/" + key + "?" + (decision.equals("approve") ? "published" : "returned");
    }

    @PostMapping("/editor/topics/{language}/{key}/reconfirm")
    String reconfirm(@PathVariable String language, @PathVariable String key,
                     @RequestParam(defaultValue = "") String comment, Model model, Authentication user,
                     HttpServletResponse response) {
        requireReviewer(user);
        Drafts.Editing editing = editing(language, key);
        comment = lineBreaks(comment);
        if (TopicDraftChecks.length(comment) > MAX_COMMENT) {
            model.addAttribute("reconfirmComment", comment);
            model.addAttribute("reconfirmError", "editor.review.commentTooLong");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, editing, editing.text(), editing.version(), user, List.of(), false);
        }
        try {
            drafts.reconfirm(language, key, user.getName(), clinicalRole(user), comment);
        } catch (Drafts.Refused refused) {
            return refused(model, editing, user, refused, response);
        } catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
            model.addAttribute("reconfirmComment", comment);
            model.addAttribute("refused", "editor.edit.changed");
            response.setStatus(HttpStatus.CONFLICT.value());
            Drafts.Editing now = editing(language, key);
            return page(model, now, now.text(), now.version(), user, List.of(), false);
        }
        return "redirect:/editor/topics/" + language + "/" + key + "?reconfirmed";
    }

    @GetMapping("/editor/topics/{language}/{key}/history")
    String history(@PathVariable String language, @PathVariable String key, Model model) {
        Drafts.Editing editing = editing(language, key);
        model.addAttribute("title", editing.published().title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        model.addAttribute("revisions", drafts.history(language, key).stream()
                .map(r -> new RevisionRow(r.getNumber(), r.getKind().name(), r.getPublishedAt(), r.getAuthors(),
                        r.getReviewer(), r.getReviewerRole(), r.getReviewComment())).toList());
        return "editor/history";
    }

    @GetMapping("/editor/topics/{language}/{key}/diff")
    String diff(@PathVariable String language, @PathVariable String key, @RequestParam int from, @RequestParam int to,
                Model model) {
        Drafts.Editing editing = editing(language, key);
        TopicRevision older = drafts.revision(language, key, from).orElseThrow(this::notFound);
        TopicRevision newer = drafts.revision(language, key, to).orElseThrow(this::notFound);
        model.addAttribute("title", editing.published().title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("lines", diff(older.getText(), newer.getText(), "version " + from, "version " + to));
        return "editor/diff";
    }

    @PostMapping("/editor/topics/{language}/{key}/restore")
    String restore(@PathVariable String language, @PathVariable String key, @RequestParam int revision, Model model,
                   Authentication user, HttpServletResponse response) {
        Drafts.Editing editing = editing(language, key);
        try {
            drafts.restore(language, key, revision, user.getName());
        } catch (Drafts.Refused refused) {
            return refused(model, editing, user, refused, response);
        } catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
            return refused(model, editing, user, new Drafts.Refused("editor.refused.draftOpen"), response);
        }
        return "redirect:/editor/topics/" + language + "/" + key + "?restored";
    }

    /** A unified diff, line by line, for templates to show with their own marks (never as raw HTML). */
    static List<DiffLine> diff(String older, String newer, String olderName, String newerName) {
        List<String> a = older.lines().toList();
        List<String> b = newer.lines().toList();
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(olderName, newerName, a, DiffUtils.diff(a, b), 3);
        return unified.stream().skip(2)
                .map(line -> line.isEmpty() ? new DiffLine(' ', "")
                        : new DiffLine(line.startsWith("@@") ? '@' : line.charAt(0),
                        line.startsWith("@@") ? line : line.substring(1)))
                .toList();
    }

    private String page(Model model, Drafts.Editing editing, String text, Long version, Authentication user,
                        List<String> problems, boolean showPreview) {
        TopicItem published = editing.published();
        model.addAttribute("language", published.language());
        model.addAttribute("key", published.key());
        model.addAttribute("title", published.title());
        model.addAttribute("published", published);
        // The shared blocks (emergency box, tiers) have no page of their own: they appear on many pages.
        model.addAttribute("hasPublicPage", !published.key().equals(org.lumbarguide.content.catalog.TopicCatalog.SHARED_TOPIC));
        model.addAttribute("text", text);
        model.addAttribute("version", version);
        model.addAttribute("hasDraft", editing.hasDraft());
        model.addAttribute("status", editing.status() == null ? null : editing.status().name());
        model.addAttribute("contributors", String.join(", ", editing.contributors()));
        model.addAttribute("returnComment", editing.returnComment());
        model.addAttribute("problems", problems);
        boolean reviewer = hasRole(user, Role.REVIEWER);
        model.addAttribute("canReview", reviewer && editing.status() == TopicDraft.Status.SUBMITTED
                && !editing.contributors().contains(user.getName()));
        model.addAttribute("ownDraft", editing.contributors().contains(user.getName()));
        model.addAttribute("canReconfirm", reviewer && !editing.hasDraft());
        if (showPreview) {
            try {
                TopicItem draft = Drafts.parse(published.language(), published.key(), text);
                model.addAttribute("preview", preview.preview(draft));
            } catch (ContentFileException e) {
                model.addAttribute("problems", List.of(e.getMessage()));
            }
        }
        return "editor/edit";
    }

    /**
     * The edit page again, as it is now, with the reviewer's comment kept in its box and a message beside it
     * (too long: 400; the draft changed under the review: 409, so the reviewer looks at it again).
     */
    private String reviewAgain(Model model, String language, String key, Authentication user, String comment,
                               String message, HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("reviewComment", comment);
        model.addAttribute("reviewError", message);
        Drafts.Editing now = editing(language, key);
        return page(model, now, now.text(), now.version(), user, List.of(), false);
    }

    private String refused(Model model, Drafts.Editing editing, Authentication user, Drafts.Refused refused,
                           HttpServletResponse response) {
        response.setStatus(refused.forbidden || refused.messageKey.equals("editor.refused.ownDraft")
                ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("refused", refused.messageKey);
        Drafts.Editing now = editing(editing.published().language(), editing.published().key());
        return page(model, now, now.text(), now.version(), user, List.of(), false);
    }

    private Drafts.Editing editing(String language, String key) {
        if (!LANGUAGE.matcher(language).matches() || !KEY.matcher(key).matches()) {
            throw notFound();
        }
        return drafts.open(language, key).orElseThrow(this::notFound);
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private String clinicalRole(Authentication user) {
        return accounts.byUsername(user.getName()).map(EditorUser::getClinicalRole).orElse(null);
    }

    /** Line breaks as typed: a browser sends each as CR LF, but its maxlength counted it as one character. */
    private static String lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static long required(Long version) {
        if (version == null) {
            throw new Drafts.Refused("editor.refused.noDraft");
        }
        return version;
    }

    private static void requireReviewer(Authentication user) {
        if (!hasRole(user, Role.REVIEWER)) {
            throw new AccessDeniedException("Only reviewers approve and publish");
        }
    }

    private static boolean hasRole(Authentication user, Role role) {
        return user.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
