package org.lumbarguide.editor;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.Region;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.content.format.ContentFileException;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.editor.TopicEditorController.DraftForm;
import org.lumbarguide.editor.TopicEditorController.ReconfirmForm;
import org.lumbarguide.editor.TopicEditorController.ReviewForm;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

/**
 * The topic's edit page ("editor/edit") and the page that shows two editors' texts side by side
 * ("editor/conflict"), for the topic as it is now: the controller shows them, and so does
 * {@link EditorRefusals} when a request was refused, in both cases with what the editor typed in its box.
 */
@Component
class EditPage {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(?:-[A-Z]{2})?");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Drafts drafts;
    private final SectionPreview preview;
    private final TranslationChecks checks;
    private final Accounts accounts;

    EditPage(Drafts drafts, SectionPreview preview, TranslationChecks checks, Accounts accounts) {
        this.drafts = drafts;
        this.preview = preview;
        this.checks = checks;
        this.accounts = accounts;
    }

    /** The reviewer's role in the page's language (null when the account has none in it: a review is refused). */
    String clinicalRole(Authentication user, String language) {
        return accounts.byUsername(user.getName()).map(account -> account.clinicalRole(language)).orElse(null);
    }

    /**
     * The refusal a review by this reviewer would get for having no clinical role in the page's language
     * ({@link Drafts#clinicalRoleRefusal}), or null: said beside the buttons, before they press one.
     */
    String missingClinicalRole(Authentication user, String language) {
        return Drafts.clinicalRoleRefusal(language, clinicalRole(user, language));
    }

    /** The topic and its draft as they are now; 404 for an address that names no topic. */
    Drafts.Editing open(String language, String key) {
        if (!LANGUAGE.matcher(language).matches() || !KEY.matcher(key).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return drafts.open(language, key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The edit page. Its three forms show what the model holds for them (what was typed, with its errors), or
     * else the topic as it is now and empty comments.
     */
    String show(Model model, Drafts.Editing editing, Authentication user) {
        TopicItem published = editing.published();
        model.addAttribute("language", published.language());
        model.addAttribute("key", published.key());
        model.addAttribute("title", published.title());
        model.addAttribute("published", published);
        // The shared blocks (emergency box, tiers) have no page of their own: they appear on many pages.
        model.addAttribute("hasPublicPage", !published.key().equals(TopicCatalog.SHARED_TOPIC));
        model.addAttribute("publicHref", TopicViews.topicPath(published.language(), published.slug()));
        model.addAttribute("version", editing.version());
        model.addAttribute("hasDraft", editing.hasDraft());
        model.addAttribute("status", editing.status() == null ? null : editing.status().name());
        model.addAttribute("contributors", String.join(", ", editing.contributors()));
        model.addAttribute("returnComment", editing.returnComment());
        boolean ownDraft = editing.contributors().contains(user.getName());
        // What the page offers; whether it is allowed is decided by EditorRights and Drafts when it is asked.
        boolean reviewer = Role.REVIEWER.heldBy(user);
        boolean canReview = reviewer && editing.status() == TopicDraft.Status.SUBMITTED && !ownDraft;
        boolean canReconfirm = reviewer && !editing.hasDraft();
        model.addAttribute("canReview", canReview);
        model.addAttribute("ownDraft", ownDraft);
        model.addAttribute("canReconfirm", canReconfirm);
        model.addAttribute("missingClinicalRole", canReview || canReconfirm
                ? missingClinicalRole(user, published.language()) : null);
        if (!model.containsAttribute("draftForm")) {
            model.addAttribute("draftForm", new DraftForm(editing.text(), editing.version()));
        }
        // A translation's parts whose source changed: a tick box each, ticked when the text shown records the
        // current source's hash; the reviewer sees the draft's marks (what the page shows is what will be published).
        List<OutOfDateTranslation> outOfDate = checks.outOfDate(published.language(), published.key());
        DraftForm shown = (DraftForm) model.getAttribute("draftForm");
        List<String> ticked = new java.util.ArrayList<>(shown.current());
        TranslationChecks.marked(published.language(), published.key(), shown.text(), outOfDate)
                .forEach(part -> ticked.add(part.anchor()));
        model.addAttribute("outOfDate", outOfDate);
        model.addAttribute("ticked", ticked);
        model.addAttribute("marked", editing.hasDraft()
                ? TranslationChecks.marked(published.language(), published.key(), editing.text(), outOfDate)
                : List.of());
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm(editing.version(), null));
        }
        if (!model.containsAttribute("reconfirmForm")) {
            model.addAttribute("reconfirmForm", new ReconfirmForm(null));
        }
        structured(model, editing, outOfDate);
        return "editor/edit";
    }

    /** A source in the form's list: ticked ones first, in the topic's order (the order the page lists them). */
    public record SourceOption(String key, String publisher, String title, int year, boolean chosen) {
    }

    /**
     * The structured form and what its lists offer. A draft that cannot be read as a topic (saved before a rule it
     * breaks existed) can only be edited as a whole file: the page then opens on the source view and says why.
     */
    private void structured(Model model, Drafts.Editing editing, List<OutOfDateTranslation> outOfDate) {
        String language = editing.published().language();
        TopicItem base = base(editing);
        if (!model.containsAttribute("editView")) {
            model.addAttribute("editView", "form");
        }
        model.addAttribute("formAvailable", base != null);
        if (base == null) {
            model.addAttribute("editView", "source");
            return;
        }
        if (!model.containsAttribute("topicForm")) {
            model.addAttribute("topicForm", TopicFormAdapter.form(base, editing.version()));
        }
        TopicForm form = (TopicForm) model.getAttribute("topicForm");
        model.addAttribute("anchors", TopicFormAdapter.anchors(form, base));
        model.addAttribute("levels", TopicFormAdapter.LEVELS);
        model.addAttribute("maxSections", TopicForm.MAX_SECTIONS);
        model.addAttribute("sourceOptions", sourceOptions(form.getSources()));
        SectionPreview.Insertables insertables = preview.insertables(language);
        model.addAttribute("includes", insertables == null ? List.of() : insertables.includes());
        model.addAttribute("words", insertables == null ? List.of() : insertables.words());
        model.addAttribute("regions", java.util.Arrays.stream(Region.values()).map(Region::key).toList());
        Region deployment = preview.deploymentRegion();
        model.addAttribute("previewRegion", regionOf(form.getRegion()) != null ? form.getRegion()
                : deployment == null ? Region.INTERNATIONAL.key() : deployment.key());
        List<String> ticked = new java.util.ArrayList<>(form.getCurrent());
        TranslationChecks.marked(language, editing.published().key(), editing.text(), outOfDate)
                .forEach(part -> ticked.add(part.anchor()));
        model.addAttribute("formTicked", ticked);
    }

    /** The topic the page was opened on (the draft, or the published text): what the form's unshown fields keep. */
    static TopicItem base(Drafts.Editing editing) {
        try {
            return Drafts.parse(editing.published().language(), editing.published().key(), editing.text());
        } catch (ContentFileException e) {
            return null;
        }
    }

    static Region regionOf(String key) {
        return key == null ? null : Region.ofKey(key);
    }

    private List<SourceOption> sourceOptions(List<String> chosen) {
        List<ContentWrites.SourceChoice> all = drafts.sources();
        if (all == null) {
            all = List.of();
        }
        java.util.Map<String, ContentWrites.SourceChoice> byKey = new java.util.LinkedHashMap<>();
        all.forEach(source -> byKey.put(source.key(), source));
        List<SourceOption> options = new java.util.ArrayList<>();
        for (String key : chosen) {
            ContentWrites.SourceChoice source = byKey.remove(key);
            // A key the list does not know stays ticked under its own name; the save check names it.
            options.add(source == null ? new SourceOption(key, key, "", 0, true)
                    : new SourceOption(key, source.publisher(), source.title(), source.year(), true));
        }
        byKey.values().forEach(source -> options.add(new SourceOption(source.key(), source.publisher(),
                source.title(), source.year(), false)));
        return options;
    }

    /**
     * The edit page with the structured form's topic shown as the public page would show it, in the region the
     * form chose. The form's own checks have passed; the file it makes is read by the one parser.
     */
    String previewForm(Model model, Drafts.Editing editing, TopicForm form, TopicItem base, BindingResult result,
                       Authentication user) {
        model.addAttribute("topicForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "topicForm", result);
        try {
            String text = ticked(editing, TopicFormAdapter.text(form, base, editing.text()), form.getCurrent());
            SectionPreview.Preview shown = preview.preview(
                    Drafts.parse(editing.published().language(), editing.published().key(), text),
                    regionOf(form.getRegion()));
            model.addAttribute("preview", shown);
            model.addAttribute("markedHtml", longSentencesMarked(shown));
        } catch (ContentFileException e) {
            result.reject("editor.problem.file", new Object[] {e.getMessage()}, e.getMessage());
        }
        return show(model, editing, user);
    }

    /** The edit page with the typed text shown as the public page would show it. */
    String preview(Model model, Drafts.Editing editing, DraftForm form, BindingResult result, Authentication user) {
        try {
            TopicItem draft = Drafts.parse(editing.published().language(), editing.published().key(),
                    ticked(editing, form.text(), form.current()));
            SectionPreview.Preview shown = preview.preview(draft);
            model.addAttribute("preview", shown);
            model.addAttribute("markedHtml", longSentencesMarked(shown));
        } catch (ContentFileException e) {
            result.rejectValue("text", "editor.problem.file", new Object[] {e.getMessage()}, e.getMessage());
        }
        return show(model, editing, user);
    }

    /**
     * A translation's text with its out-of-date parts stamped as ticked, as saving would stamp them: the preview
     * then shows each part's translation status as the page will once the draft is published.
     */
    private String ticked(Drafts.Editing editing, String text, List<String> ticked) {
        String language = editing.published().language();
        String key = editing.published().key();
        return TranslationChecks.mark(language, key, text, checks.outOfDate(language, key), ticked);
    }

    /**
     * The edit page after a refusal: the topic as it is now, with the refusal at the top and whatever the
     * request carried put back in the form it came from.
     */
    String refused(Model model, String language, String key, String messageKey, HttpServletRequest request,
                   Authentication user) {
        model.addAttribute("refused", messageKey);
        Drafts.Editing now = open(language, key);
        keepTyped(model, now, request);
        return show(model, now, user);
    }

    /** As {@link #refused}, for the structured form: the file it made is kept in the source view. */
    String refusedKeeping(Model model, String language, String key, String messageKey, String text, Long version,
                          Authentication user) {
        model.addAttribute("refused", messageKey);
        model.addAttribute("draftForm", new DraftForm(text, version));
        model.addAttribute("editView", "source");
        return show(model, open(language, key), user);
    }

    /** The edit page with the problems a draft has, on its text, and the review comment kept. */
    String invalid(Model model, String language, String key, List<MessageSourceResolvable> problems,
                   HttpServletRequest request, Authentication user) {
        Drafts.Editing now = open(language, key);
        keepTyped(model, now, request);
        DraftForm draft = new DraftForm(now.text(), now.version());
        BindingResult result = new BeanPropertyBindingResult(draft, "draftForm");
        problems.forEach(problem -> reject(result, "text", problem));
        model.addAttribute("draftForm", draft);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "draftForm", result);
        // The problems are the file's, shown on the whole text.
        model.addAttribute("editView", "source");
        return show(model, now, user);
    }

    /**
     * 409: another editor saved first. The editor's own text stays in the form (to save over theirs, knowingly)
     * and the text saved now is shown beside it, read afresh after the winner's commit.
     */
    String conflict(Model model, String language, String key, String yours) {
        Drafts.Editing now = open(language, key);
        model.addAttribute("title", now.published().title());
        model.addAttribute("language", language);
        model.addAttribute("key", key);
        model.addAttribute("yours", TopicEditorController.lineBreaks(yours));
        model.addAttribute("theirs", now.hasDraft() ? now.text() : null);
        model.addAttribute("savedBy", now.updatedBy());
        model.addAttribute("currentVersion", now.version());
        return "editor/conflict";
    }

    /**
     * Each section's rendered text with its sentences over 25 words marked where they stand, by anchor: found in the
     * text a reader sees, so also a sentence that a glossary link or emphasis splits, each piece marked
     * ({@link SentenceMarks}).
     */
    static java.util.Map<String, String> longSentencesMarked(SectionPreview.Preview shown) {
        java.util.Map<String, String> marked = new java.util.HashMap<>();
        if (shown == null) {
            return marked;
        }
        for (SectionPreview.PreviewSection item : shown.sections()) {
            String html = item.section().html();
            if (html == null) {
                continue;
            }
            marked.put(item.section().anchor(), SentenceMarks.mark(html, item.longSentences()));
        }
        return marked;
    }

    /** A problem as an error on a form's field: a message code with arguments, or a message already written. */
    static void reject(BindingResult result, String field, MessageSourceResolvable problem) {
        result.addError(new FieldError(result.getObjectName(), field, result.getFieldValue(field), false,
                problem.getCodes(), problem.getArguments(), problem.getDefaultMessage()));
    }

    /** What the refused request carried, back in the box it was typed in: nothing typed is lost. */
    private static void keepTyped(Model model, Drafts.Editing now, HttpServletRequest request) {
        String text = request.getParameter("text");
        String comment = request.getParameter("comment");
        if (text != null) {
            model.addAttribute("draftForm", new DraftForm(text, version(request.getParameter("version"))));
            model.addAttribute("editView", "source");
        }
        if (comment != null && request.getRequestURI().endsWith("/reconfirm")) {
            model.addAttribute("reconfirmForm", new ReconfirmForm(comment));
        } else if (comment != null) {
            model.addAttribute("reviewForm", new ReviewForm(now.version(), comment));
        }
    }

    private static Long version(String posted) {
        try {
            return posted == null || posted.isEmpty() ? null : Long.valueOf(posted);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
