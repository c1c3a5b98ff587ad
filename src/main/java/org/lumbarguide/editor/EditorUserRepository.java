package org.lumbarguide.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EditorUserRepository extends Repository<EditorUser, Long> {

    Optional<EditorUser> findByUsernameIgnoreCase(String username);

    Optional<EditorUser> findById(Long id);

    List<EditorUser> findAllByOrderByUsernameAsc();

    long count();

    EditorUser save(EditorUser user);
}
