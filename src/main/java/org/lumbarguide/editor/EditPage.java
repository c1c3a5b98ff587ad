package org.lumbarguide.editor;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

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

    EditPage(Drafts drafts, SectionPreview preview, TranslationChecks checks) {
        this.drafts = drafts;
        this.preview = preview;
        this.checks = checks;
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
        return "editor/edit";
    }

    /** The edit page with the typed text shown as the public page would show it. */
    String preview(Model model, Drafts.Editing editing, DraftForm form, BindingResult result, Authentication user) {
        try {
            TopicItem draft = Drafts.parse(editing.published().language(), editing.published().key(), form.text());
            model.addAttribute("preview", preview.preview(draft));
        } catch (ContentFileException e) {
            result.rejectValue("text", "editor.problem.file", new Object[] {e.getMessage()}, e.getMessage());
        }
        return show(model, editing, user);
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
