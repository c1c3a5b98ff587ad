package org.lumbarguide.content.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface TopicRepository extends Repository<Topic, Long> {

    /** Every topic in a language with its sections, in reading order (one query). */
    @Query("select distinct t from Topic t left join fetch t.sections where t.language = :language order by t.position")
    List<Topic> findWithSectionsByLanguage(@Param("language") String language);

    /** Loads the sources of the given topics into the persistence context (second query, no N+1). */
    @Query("select distinct t from Topic t left join fetch t.sources where t in :topics")
    List<Topic> fetchSources(@Param("topics") List<Topic> topics);

    /**
     * The clinical codes of a language's topics, each with its topic's key, in reading order and each topic's own
     * order (one query: the topic rows come in the same select).
     */
    @Query("select c from TopicCodeRow c join fetch c.topic t where t.language = :language order by t.position, c.position")
    List<TopicCodeRow> findCodesByLanguage(@Param("language") String language);

    long count();
}
