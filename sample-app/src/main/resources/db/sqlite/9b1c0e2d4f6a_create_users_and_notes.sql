-- Create users and notes
--
-- Revision ID: 9b1c0e2d4f6a
-- Revises:
-- Create Date: 2026-11-20 09:30:00.000000

-- migrate:upgrade
-- SQLite's version of the revision in db/migrations: an INTEGER PRIMARY KEY is SQLite's
-- auto-numbered row id, and its timestamps have no time zone.
CREATE TABLE users (
    id INTEGER NOT NULL,
    username VARCHAR(50) NOT NULL,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(100),
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE TABLE notes (
    id INTEGER NOT NULL,
    user_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(4000),
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    -- A user's notes go with the user.
    CONSTRAINT fk_notes_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_notes_user_id ON notes (user_id);

-- migrate:downgrade
DROP TABLE notes;
DROP TABLE users;
