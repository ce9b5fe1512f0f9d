-- Create audit event
--
-- Revision ID: d4e5f6a7b8c9
-- Revises:
-- Create Date: 2026-11-23 09:00:00.000000

-- migrate:upgrade
CREATE TABLE audit_event (
    id BIGINT NOT NULL PRIMARY KEY,
    action VARCHAR(50) NOT NULL
);

-- migrate:downgrade
DROP TABLE audit_event;
