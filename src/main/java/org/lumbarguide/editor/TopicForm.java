package org.lumbarguide.editor;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The structured edit form: a topic's title, summary, sources and sections as fields, so a clinical editor never
 * types YAML or braces. A mutable bean, not a record: the data binder grows its section list by index
 * ({@code sections[3].body}) up to {@link #MAX_SECTIONS}, and the buttons that add, remove and move sections change
 * it before the page is shown again. {@link TopicFormAdapter} maps it to the topic file and back, in one place.
 */
public class TopicForm {

    /** Today's longest topic has 12 sections; more than 40 is not a page a patient reads. */
    static final int MAX_SECTIONS = 40;

    @NotBlank(message = "{editor.form.titleMissing}")
    private String title = "";

    @NotBlank(message = "{editor.form.summaryMissing}")
    private String summary = "";

    private Long version;
    private List<String> current = new ArrayList<>();
    private List<String> sources = new ArrayList<>();

    @Size(min = 1, max = MAX_SECTIONS, message = "{editor.form.sectionCount}")
    private List<@Valid SectionForm> sections = new ArrayList<>();

    /** The region the preview reads the page in (its key); blank: the deployment's. */
    private String region = "";

    /** A new source's details, used only by the "add this source" button. */
    private String newPublisher = "";
    private String newTitle = "";
    private String newYear = "";
    private String newUrl = "";

    /** One section: heading, anchor (kept for an existing section, made from the heading for a new one), level, text. */
    public static class SectionForm {

        @NotBlank(message = "{editor.form.headingMissing}")
        private String heading = "";
        private String anchor = "";
        private String level = TopicFormAdapter.NORMAL;
        private String body = "";
        /** What the "insert" button adds to the text: {@code include:name} or {@code word:name}. */
        private String insert = "";

        public SectionForm() {
        }

        SectionForm(String heading, String anchor, String level, String body) {
            this.heading = heading;
            this.anchor = anchor;
            this.level = level;
            this.body = body;
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading == null ? "" : heading;
        }

        public String getAnchor() {
            return anchor;
        }

        public void setAnchor(String anchor) {
            this.anchor = anchor == null ? "" : anchor;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level == null ? TopicFormAdapter.NORMAL : level;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = TopicEditorController.lineBreaks(body);
        }

        public String getInsert() {
            return insert;
        }

        public void setInsert(String insert) {
            this.insert = insert == null ? "" : insert;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = TopicEditorController.lineBreaks(summary);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<String> getCurrent() {
        return current;
    }

    public void setCurrent(List<String> current) {
        this.current = current == null ? new ArrayList<>() : new ArrayList<>(current);
    }

    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
    }

    public List<SectionForm> getSections() {
        return sections;
    }

    public void setSections(List<SectionForm> sections) {
        this.sections = sections == null ? new ArrayList<>() : sections;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? "" : region;
    }

    public String getNewPublisher() {
        return newPublisher;
    }

    public void setNewPublisher(String newPublisher) {
        this.newPublisher = newPublisher == null ? "" : newPublisher;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle == null ? "" : newTitle;
    }

    public String getNewYear() {
        return newYear;
    }

    public void setNewYear(String newYear) {
        this.newYear = newYear == null ? "" : newYear;
    }

    public String getNewUrl() {
        return newUrl;
    }

    public void setNewUrl(String newUrl) {
        this.newUrl = newUrl == null ? "" : newUrl;
    }
}
