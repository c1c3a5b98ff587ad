package org.lumbarguide.editor;

import java.util.List;
import java.util.function.Supplier;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.lumbarguide.editor.EditorRights.ReviewersOnly;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editing a topic, its review, and its history. Works without JavaScript: every action is a form, and each
 * button is a handler of its own (the form's {@code action} or {@code decision} value). Refusals, lost races
 * and invalid drafts are answered by {@link EditorRefusals}; who may review is {@link EditorRights}'.
 */
@Controller
@RequestMapping("/editor/topics/{language}/{key}")
class TopicEditorController {

    /**
     * What fits the form-post limit (64 KB, server.tomcat.max-http-form-post-size and nginx's
     * client_max_body_size) once a browser has encoded it: about 1.15 bytes a character for English
     * topic text, more for accented letters. Three times today's longest topic. The text box has no
     * maxlength: a browser would cut a longer paste silently, where this check refuses it and keeps it whole.
     */
    static final int MAX_TEXT = 50_000;
    static final int MAX_COMMENT = 2_000;

    /**
     * The edit form: the whole topic as typed, the draft version the page showed (null: no draft was open), and in
     * a translation the anchors of the out-of-date parts ticked as now saying what the current source says.
     */
    public record DraftForm(String text, Long version, List<String> current) {

        public DraftForm {
            text = lineBreaks(text);
            current = current == null ? List.of() : List.copyOf(current);
        }

        public DraftForm(String text, Long version) {
            this(text, version, List.of());
        }
    }

    /** The review form: the draft version the reviewer read, and their comment. */
    public record ReviewForm(Long version,
                             @MaxCharacters(value = MAX_COMMENT, message = "{editor.review.commentTooLong}")
                             String comment) {

        public ReviewForm {
            comment = lineBreaks(comment);
        }
    }

    /** Renewing the review of the published text, with a comment. */
    public record ReconfirmForm(@MaxCharacters(value = MAX_COMMENT, message = "{editor.review.commentTooLong}")
                                String comment) {

        public ReconfirmForm {
            comment = lineBreaks(comment);
        }
    }

    /** Restoring an old version as the draft. */
    public record RestoreForm(Integer revision) {
    }

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

    /**
     * The topic text's length, with the count in the message so the editor knows how much to cut (a Bean
     * Validation message cannot carry the value's own length); checked before the text is parsed.
     */
    static final Validator TEXT_LENGTH = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            return DraftForm.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            int length = TopicDraftChecks.length(((DraftForm) target).text());
            if (length > MAX_TEXT) {
                errors.rejectValue("text", "editor.edit.tooLong", new Object[] {length, MAX_TEXT}, null);
            }
        }
    };

    private final Drafts drafts;
    private final Accounts accounts;
    private final EditPage page;
    private final TranslationChecks checks;

    TopicEditorController(Drafts drafts, Accounts accounts, EditPage page, TranslationChecks checks) {
        this.drafts = drafts;
        this.accounts = accounts;
        this.page = page;
        this.checks = checks;
    }

    @InitBinder("draftForm")
    void draftForm(WebDataBinder binder) {
        binder.setAllowedFields("text", "version", "current");
        binder.addValidators(TEXT_LENGTH);
    }

    @InitBinder("reviewForm")
    void reviewForm(WebDataBinder binder) {
        binder.setAllowedFields("version", "comment");
    }

    @InitBinder("reconfirmForm")
    void reconfirmForm(WebDataBinder binder) {
        binder.setAllowedFields("comment");
    }

    @InitBinder("restoreForm")
    void restoreForm(WebDataBinder binder) {
        binder.setAllowedFields("revision");
    }

    @GetMapping
    String edit(@PathVariable String language, @PathVariable String key, Authentication user, Model model) {
        return page.show(model, page.open(language, key), user);
    }

    @PostMapping(params = "action=preview")
    String preview(@PathVariable String language, @PathVariable String key, @Valid DraftForm draftForm,
                   BindingResult result, Authentication user, Model model, HttpServletResponse response)
            throws BindException {
        Drafts.Editing editing = page.open(language, key);
        if (!checked(language, key, draftForm, result)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.show(model, editing, user);
        }
        return page.preview(model, editing, draftForm, result, user);
    }

    @PostMapping(params = "action=save")
    String save(@PathVariable String language, @PathVariable String key, @Valid DraftForm draftForm,
                BindingResult result, Authentication user, Model model, HttpServletResponse response)
            throws BindException {
        Drafts.Editing editing = page.open(language, key);
        if (!checked(language, key, draftForm, result)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.show(model, editing, user);
        }
        // The ticks set the draft's translated-from stamps; the text was checked as typed, and a stamp keeps it valid.
        String text = TranslationChecks.mark(language, key, draftForm.text(), checks.outOfDate(language, key),
                draftForm.current());
        drafts.save(language, key, text, draftForm.version(), user.getName());
        return done(language, key, "saved");
    }

    @PostMapping(params = "action=submit")
    String submit(@PathVariable String language, @PathVariable String key, DraftForm draftForm, Authentication user) {
        page.open(language, key);
        drafts.submit(language, key, draftForm.version(), user.getName());
        return done(language, key, "submit");
    }

    @PostMapping(params = "action=discard")
    String discard(@PathVariable String language, @PathVariable String key, DraftForm draftForm,
                   Authentication user) {
        page.open(language, key);
        drafts.discard(language, key, draftForm.version(), user.getName());
        return done(language, key, "discard");
    }

    /** A post with no button this page has (a garbled or made-up request): nothing is done, the text comes back. */
    @PostMapping
    String unknownAction(@PathVariable String language, @PathVariable String key, DraftForm draftForm,
                         Authentication user, Model model, HttpServletResponse response) {
        return nonsense(language, key, user, model, response);
    }

    @ReviewersOnly
    @PostMapping(path = "/review", params = "decision=approve")
    String approve(@PathVariable String language, @PathVariable String key, @Valid ReviewForm reviewForm,
                   BindingResult result, Authentication user, Model model, HttpServletResponse response)
            throws BindException {
        EditorRefusals.requireReadable(result);
        return unlessInvalid(language, key, result, user, model, response, () -> {
            drafts.approve(language, key, reviewForm.version(), user.getName(), clinicalRole(user),
                    reviewForm.comment());
            return done(language, key, "published");
        });
    }

    @ReviewersOnly
    @PostMapping(path = "/review", params = "decision=return")
    String sendBack(@PathVariable String language, @PathVariable String key, @Valid ReviewForm reviewForm,
                    BindingResult result, Authentication user, Model model, HttpServletResponse response)
            throws BindException {
        EditorRefusals.requireReadable(result);
        return unlessInvalid(language, key, result, user, model, response, () -> {
            drafts.sendBack(language, key, reviewForm.version(), user.getName(), reviewForm.comment());
            return done(language, key, "returned");
        });
    }

    /** A review post with no decision this page offers: nothing is done, the comment comes back. */
    @PostMapping("/review")
    String unknownDecision(@PathVariable String language, @PathVariable String key, ReviewForm reviewForm,
                           Authentication user, Model model, HttpServletResponse response) {
        return nonsense(language, key, user, model, response);
    }

    @ReviewersOnly
    @PostMapping("/reconfirm")
    String reconfirm(@PathVariable String language, @PathVariable String key, @Valid ReconfirmForm reconfirmForm,
                     BindingResult result, Authentication user, Model model, HttpServletResponse response) {
        return unlessInvalid(language, key, result, user, model, response, () -> {
            drafts.reconfirm(language, key, user.getName(), clinicalRole(user), reconfirmForm.comment());
            return done(language, key, "reconfirmed");
        });
    }

    /**
     * A reviewer's form (approve, send back, renew) that breaks a rule shows the edit page again with its errors
     * (400), what was typed kept; otherwise the decision is made. The topic is looked up first either way (404).
     */
    private String unlessInvalid(String language, String key, BindingResult result, Authentication user, Model model,
                                 HttpServletResponse response, Supplier<String> decision) {
        Drafts.Editing editing = page.open(language, key);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.show(model, editing, user);
        }
        return decision.get();
    }

    @PostMapping("/restore")
    String restore(@PathVariable String language, @PathVariable String key, RestoreForm restoreForm,
                   Authentication user) {
        page.open(language, key);
        drafts.restore(language, key, restoreForm.revision(), user.getName());
        return done(language, key, "restored");
    }

    @GetMapping("/history")
    String history(@PathVariable String language, @PathVariable String key, Model model) {
        Drafts.Editing editing = page.open(language, key);
        model.addAttribute("title", editing.published().title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        model.addAttribute("revisions", drafts.history(language, key).stream()
                .map(r -> new RevisionRow(r.getNumber(), r.getKind().name(), r.getPublishedAt(), r.getAuthors(),
                        r.getReviewer(), r.getReviewerRole(), r.getReviewComment())).toList());
        return "editor/history";
    }

    @GetMapping("/diff")
    String diff(@PathVariable String language, @PathVariable String key, @RequestParam int from, @RequestParam int to,
                Model model) {
        Drafts.Editing editing = page.open(language, key);
        TopicRevision older = drafts.revision(language, key, from).orElseThrow(TopicEditorController::notFound);
        TopicRevision newer = drafts.revision(language, key, to).orElseThrow(TopicEditorController::notFound);
        model.addAttribute("title", editing.published().title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("lines", diff(older.getText(), newer.getText(), "version " + from, "version " + to));
        return "editor/diff";
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

    /**
     * The text's own rules, then the topic's (format, sources, table limits, includes: some read the
     * database), each reported on the text. A text over the length limit is not parsed.
     */
    private boolean checked(String language, String key, DraftForm form, BindingResult result) throws BindException {
        EditorRefusals.requireReadable(result);
        if (!result.hasErrors()) {
            drafts.problems(language, key, form.text()).forEach(problem -> EditPage.reject(result, "text", problem));
        }
        return !result.hasErrors();
    }

    private String nonsense(String language, String key, Authentication user, Model model,
                            HttpServletResponse response) {
        Drafts.Editing editing = page.open(language, key);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refused", "editor.refused.nonsense");
        return page.show(model, editing, user);
    }

    private String clinicalRole(Authentication user) {
        return accounts.byUsername(user.getName()).map(EditorUser::getClinicalRole).orElse(null);
    }

    private static String done(String language, String key, String what) {
        return "redirect:/editor/topics/" + language + "/" + key + "?" + what;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Line breaks as typed: a browser sends each as CR LF, but its maxlength counted it as one character. */
    static String lineBreaks(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
