package org.lumbarguide.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Add and read only. */
interface TopicRevisionRepository extends Repository<TopicRevision, Long> {

    List<TopicRevision> findByTopicKeyAndLanguageOrderByNumberDesc(String topicKey, String language);

    Optional<TopicRevision> findByTopicKeyAndLanguageAndNumber(String topicKey, String language, int number);

    TopicRevision save(TopicRevision revision);
}
