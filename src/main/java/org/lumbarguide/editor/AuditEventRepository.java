package org.lumbarguide.editor;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log offers no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByOrderByOccurredAtDescIdDesc(Limit limit);
}
