package org.lumbarguide.editor;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface TopicDraftRepository extends Repository<TopicDraft, Long> {

    Optional<TopicDraft> findByTopicKeyAndLanguage(String topicKey, String language);

    /** The draft with its row locked (select … for update) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from TopicDraft d where d.topicKey = :key and d.language = :language")
    Optional<TopicDraft> lockByTopicKeyAndLanguage(@Param("key") String topicKey, @Param("language") String language);

    List<TopicDraft> findAll();

    TopicDraft save(TopicDraft draft);

    TopicDraft saveAndFlush(TopicDraft draft);

    void delete(TopicDraft draft);
}
