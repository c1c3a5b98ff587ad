package org.lumbarguide.content.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface GlossaryRepository extends Repository<GlossaryTerm, Long> {

    List<GlossaryTerm> findByLanguageOrderByTermAsc(String language);
}
