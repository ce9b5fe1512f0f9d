-- Create book
--
-- Revision ID: a1b2c3d4e5f6
-- Revises:
-- Create Date: 2026-11-20 09:00:00.000000

-- migrate:upgrade
CREATE TABLE book (
    id BIGINT NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE book;
