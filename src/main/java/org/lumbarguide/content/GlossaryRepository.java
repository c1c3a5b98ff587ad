package org.lumbarguide.content;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface GlossaryRepository extends Repository<GlossaryTerm, Long> {

    List<GlossaryTerm> findByLanguageOrderByTermAsc(String language);
}
