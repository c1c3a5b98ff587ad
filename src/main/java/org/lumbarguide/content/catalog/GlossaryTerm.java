package org.lumbarguide.content.catalog;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A medical word and its plain-language definition, in one language. */
@Entity
@Immutable
@Table(name = "glossary_term")
class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_key", nullable = false)
    private String termKey;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String term;

    @Column(nullable = false)
    private String anchor;

    @Column(name = "short_definition", nullable = false)
    private String shortDefinition;

    /** Other forms found in the text (plurals, short forms), separated by '|'. */
    @Column(nullable = false)
    private String aliases;

    @Version
    private long version;

    protected GlossaryTerm() {
    }

    public String getLanguage() {
        return language;
    }

    public String getTerm() {
        return term;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getShortDefinition() {
        return shortDefinition;
    }

    public List<String> getAliases() {
        return Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }
}
