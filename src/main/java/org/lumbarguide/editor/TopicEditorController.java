package org.lumbarguide.editor;

import java.util.List;
import java.util.function.Supplier;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.editor.EditorRights.ReviewersOnly;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
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

    /**
     * The structured form's fields, each section's by its index: a name is allowed only for sections 0 to 39, so
     * a request naming section 100000 has that field dropped before binding, never reaching the list.
     */
    private static final String[] TOPIC_FORM_FIELDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("title", "summary", "version", "current", "sources", "region", "newPublisher",
                    "newTitle", "newYear", "newUrl"),
            java.util.stream.IntStream.range(0, TopicForm.MAX_SECTIONS).boxed().flatMap(i -> java.util.stream.Stream
                    .of("heading", "anchor", "level", "body", "insert").map(f -> "sections[" + i + "]." + f)))
            .toArray(String[]::new);

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
    private final EditPage page;
    private final TranslationChecks checks;
    private final Validator beanValidation;
    private final org.springframework.context.MessageSource messages;

    TopicEditorController(Drafts drafts, EditPage page, TranslationChecks checks,
                          jakarta.validation.Validator beanValidation, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.drafts = drafts;
        this.page = page;
        this.checks = checks;
        this.beanValidation = new SpringValidatorAdapter(beanValidation);
    }

    @InitBinder("draftForm")
    void draftForm(WebDataBinder binder) {
        binder.setAllowedFields("text", "version", "current");
        binder.addValidators(TEXT_LENGTH);
    }

    /**
     * The structured form: only its own fields, and at most {@link TopicForm#MAX_SECTIONS} sections however many
     * indexes a request names (a bigger index is dropped, not grown into a list of thousands).
     */
    @InitBinder("topicForm")
    void topicForm(WebDataBinder binder) {
        binder.setAllowedFields(TOPIC_FORM_FIELDS);
        binder.setAutoGrowCollectionLimit(TopicForm.MAX_SECTIONS);
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
    String edit(@PathVariable String language, @PathVariable String key,
                @RequestParam(name = "view", required = false) String view, Authentication user, Model model) {
        model.addAttribute("editView", "source".equals(view) ? "source" : "form");
        return page.show(model, page.open(language, key), user);
    }

    /**
     * The structured form's buttons. Save and Preview check the form (Bean Validation, then the topic's own rules on
     * the file it makes); the others change the form and show it again, nothing saved: add, remove or move a
     * section, insert a shared block or region word into a section's text, add a new source to the guide's list.
     */
    @PostMapping("/form")
    String structured(@PathVariable String language, @PathVariable String key, TopicForm topicForm,
                      BindingResult result, @RequestParam(name = "action", defaultValue = "") String action,
                      Authentication user, Model model, HttpServletResponse response) throws BindException {
        EditorRefusals.requireReadable(result);
        Drafts.Editing editing = page.open(language, key);
        TopicItem base = EditPage.base(editing);
        model.addAttribute("editView", "form");
        if (base == null) {
            return nonsense(language, key, user, model, response);
        }
        if (action.equals("save") || action.equals("preview")) {
            String text = checkedForm(language, key, topicForm, base, editing.text(), result);
            if (text == null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return page.show(model, editing, user);
            }
            if (action.equals("preview")) {
                return page.previewForm(model, editing, topicForm, base, result, user);
            }
            text = TranslationChecks.mark(language, key, text, checks.outOfDate(language, key), topicForm.getCurrent());
            try {
                drafts.save(language, key, text, topicForm.getVersion(), user.getName());
            } catch (Drafts.Conflict lostRace) {
                // The file this form made is kept beside the text saved now, as after a lost race in the source view.
                response.setStatus(HttpStatus.CONFLICT.value());
                return page.conflict(model, language, key, text);
            } catch (Drafts.Refused refused) {
                // Not saved in the draft's state (sent for review meanwhile, say): the file this form made stays in
                // the source view, with why, so nothing typed is lost.
                response.setStatus(refused.forbidden ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
                return page.refusedKeeping(model, language, key, refused.messageKey, text, topicForm.getVersion(), user);
            }
            return done(language, key, "saved");
        }
        if (action.equals("add-source")) {
            if (!addSource(topicForm, result, user)) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return page.show(model, editing, user);
        }
        if (!StructuredActions.apply(action, topicForm)) {
            return nonsense(language, key, user, model, response);
        }
        return page.show(model, editing, user);
    }

    /**
     * The live preview (the page's script posts the form as the editor types): the preview alone, as an HTML
     * fragment, or the problems that stop it. Without script the Preview button shows the same on the whole page.
     */
    @PostMapping("/form/preview")
    String livePreview(@PathVariable String language, @PathVariable String key, TopicForm topicForm,
                       BindingResult result, Authentication user, Model model, HttpServletResponse response)
            throws BindException {
        EditorRefusals.requireReadable(result);
        Drafts.Editing editing = page.open(language, key);
        TopicItem base = EditPage.base(editing);
        if (base == null || checkedForm(language, key, topicForm, base, editing.text(), result) == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("problems", result.getAllErrors().stream()
                    .map(error -> messages.getMessage(error, locale)).toList());
            return "editor/edit :: live-problems";
        }
        page.previewForm(model, editing, topicForm, base, result, user);
        return "editor/edit :: live-preview";
    }

    /**
     * The form's own rules (Bean Validation, a text for every section but a level of urgency's, the whole file's
     * length), then the topic's rules on the file it makes, each on the form. The file, or null when it breaks one.
     */
    private String checkedForm(String language, String key, TopicForm form, TopicItem base, String baseText,
                               BindingResult result) {
        beanValidation.validate(form, result);
        for (int i = 0; i < form.getSections().size(); i++) {
            TopicForm.SectionForm section = form.getSections().get(i);
            if (section.getBody().isBlank() && !TopicFormAdapter.textOptional(section.getLevel())) {
                result.rejectValue("sections[" + i + "].body", "editor.form.bodyMissing");
            }
            if (!TopicFormAdapter.LEVELS.contains(section.getLevel())) {
                result.rejectValue("sections[" + i + "].level", "editor.form.levelUnknown");
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        String text = TopicFormAdapter.text(form, base, baseText);
        int length = TopicDraftChecks.length(text);
        if (length > MAX_TEXT) {
            result.reject("editor.edit.tooLong", new Object[] {length, MAX_TEXT}, null);
            return null;
        }
        drafts.problems(language, key, text).forEach(problem -> result.addError(new org.springframework.validation
                .ObjectError(result.getObjectName(), problem.getCodes(), problem.getArguments(),
                problem.getDefaultMessage())));
        return result.hasErrors() ? null : text;
    }

    /** "Add this source": checked like any field, added to the guide's list, and ticked for this topic. */
    private boolean addSource(TopicForm form, BindingResult result, Authentication user) {
        String publisher = form.getNewPublisher().strip();
        String title = form.getNewTitle().strip();
        String url = form.getNewUrl().strip();
        if (publisher.isEmpty() || TopicDraftChecks.length(publisher) > 200) {
            result.rejectValue("newPublisher", "editor.form.source.publisher");
        }
        if (title.isEmpty() || TopicDraftChecks.length(title) > 400) {
            result.rejectValue("newTitle", "editor.form.source.title");
        }
        Integer year = year(form.getNewYear());
        if (year == null) {
            result.rejectValue("newYear", "editor.form.source.year");
        }
        if (!url.matches("https?://[^\\s]+") || url.length() > 1000) {
            result.rejectValue("newUrl", "editor.form.source.url");
        }
        if (result.hasErrors()) {
            return false;
        }
        String key = drafts.addSource(publisher, title, year, url, user.getName());
        if (!form.getSources().contains(key)) {
            form.getSources().add(key);
        }
        form.setNewPublisher("");
        form.setNewTitle("");
        form.setNewYear("");
        form.setNewUrl("");
        return true;
    }

    private static Integer year(String typed) {
        String year = typed == null ? "" : typed.strip();
        if (!year.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value < 1900 || value > 2100 ? null : value;
    }

    @PostMapping(params = "action=preview")
    String preview(@PathVariable String language, @PathVariable String key, @Valid DraftForm draftForm,
                   BindingResult result, Authentication user, Model model, HttpServletResponse response)
            throws BindException {
        model.addAttribute("editView", "source");
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
        model.addAttribute("editView", "source");
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

    /**
     * Sends the saved draft for review, with the author's note to the reviewer ({@code note}, optional, shown on
     * the review screen). The box allows {@value #MAX_COMMENT} characters, so only an edited request sends more:
     * it is refused with a 400: the edit page says why, with the note kept in its box, and the draft stays as it was.
     */
    @PostMapping(params = "action=submit")
    String submit(@PathVariable String language, @PathVariable String key, DraftForm draftForm,
                  @RequestParam(name = "note", required = false) String note, Authentication user, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        page.open(language, key);
        if (note != null && note.codePointCount(0, note.length()) > MAX_COMMENT) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("submitNote", note);
            return page.refused(model, language, key, "editor.edit.submitNoteTooLong", request, user);
        }
        drafts.submit(language, key, draftForm.version(), user.getName(), note == null ? null : lineBreaks(note).strip());
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
        model.addAttribute("editView", "source");
        return nonsense(language, key, user, model, response);
    }

    @ReviewersOnly
    @PostMapping(path = "/review", params = "decision=approve")
    String approve(@PathVariable String language, @PathVariable String key, @Valid ReviewForm reviewForm,
                   BindingResult result, Authentication user, Model model, HttpServletResponse response)
            throws BindException {
        EditorRefusals.requireReadable(result);
        return unlessInvalid(language, key, result, user, model, response, () -> {
            drafts.approve(language, key, reviewForm.version(), user.getName(), page.clinicalRole(user, language),
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
        model.addAttribute("editView", "source");
        return nonsense(language, key, user, model, response);
    }

    @ReviewersOnly
    @PostMapping("/reconfirm")
    String reconfirm(@PathVariable String language, @PathVariable String key, @Valid ReconfirmForm reconfirmForm,
                     BindingResult result, Authentication user, Model model, HttpServletResponse response) {
        return unlessInvalid(language, key, result, user, model, response, () -> {
            drafts.reconfirm(language, key, user.getName(), page.clinicalRole(user, language), reconfirmForm.comment());
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
