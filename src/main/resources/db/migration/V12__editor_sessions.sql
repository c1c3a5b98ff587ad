-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Issue 20: editor sessions live in the database (Spring Session JDBC), so a sign-in holds on every instance
-- behind a load balancer. These are Spring Session 4.1's own tables (schema-postgresql.sql in spring-session-jdbc),
-- created here rather than by Spring (spring.session.jdbc.initialize-schema=never). The one difference from its
-- H2 script is the type of the attribute bytes: bytea, which H2 2.x takes as a name for BINARY VARYING (the type
-- its own LONGVARBINARY stands for), so one file serves both databases.
-- Spring Session reads and writes these names unquoted, as they are written here.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
-- The clean-up (a delete of expired rows, on every instance's schedule) finds them by this index.
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- Each attribute (the signed-in editor, the CSRF token, a one-page message) serialised by Java: never a
-- patient's words, as public pages create no session.
create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
