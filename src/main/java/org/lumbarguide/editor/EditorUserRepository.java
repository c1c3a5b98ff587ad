package org.lumbarguide.editor;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EditorUserRepository extends Repository<EditorUser, Long> {

    Optional<EditorUser> findByUsernameIgnoreCase(String username);

    Optional<EditorUser> findById(Long id);

    List<EditorUser> findAllByOrderByUsernameAsc();

    long count();

    EditorUser save(EditorUser user);

    /** What each editor request checks: one primary-key read, no roles. */
    interface SessionState {
        boolean getEnabled();

        long getSessionStamp();

        boolean getMustChangePassword();
    }

    @Query("select u.enabled as enabled, u.sessionStamp as sessionStamp, u.mustChangePassword as mustChangePassword "
            + "from EditorUser u where u.id = :id")
    Optional<SessionState> sessionState(long id);

    /**
     * Locks every administrator's row, in one order so two callers cannot deadlock. Changes that could take
     * away the last enabled administrator take this lock first, so they run one after the other and each sees
     * what the one before it committed.
     */
    @Query(value = "select id from editor_user where id in (select user_id from editor_user_role where role = 'ADMIN') "
            + "order by id for update", nativeQuery = true)
    List<Long> lockAdministrators();

    @Query("select u.id from EditorUser u where lower(u.username) = lower(:username)")
    Optional<Long> idOf(String username);

    /** The account, its row locked until the transaction ends: two changes to one account run in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from EditorUser u where u.id = :id")
    Optional<EditorUser> lockById(long id);

    @Query("select count(u) from EditorUser u join u.roles r where u.enabled = true and r = :role and u.id <> :id")
    long countEnabledWithRoleOtherThan(Role role, long id);
}
