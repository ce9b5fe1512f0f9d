-- Vendor marker for sqlite
--
-- Revision ID: e5f6a7b8c9d0
-- Revises:
-- Create Date: 2026-11-23 10:00:00.000000

-- migrate:upgrade
CREATE TABLE marker_sqlite (id INT);

-- migrate:downgrade
DROP TABLE marker_sqlite;
