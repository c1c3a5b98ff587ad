package org.lumbarguide.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TopicDraftRepository extends Repository<TopicDraft, Long> {

    Optional<TopicDraft> findByTopicKeyAndLanguage(String topicKey, String language);

    List<TopicDraft> findAll();

    TopicDraft save(TopicDraft draft);

    void delete(TopicDraft draft);
}
