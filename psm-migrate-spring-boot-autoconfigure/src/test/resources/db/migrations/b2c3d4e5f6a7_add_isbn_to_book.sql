-- Add isbn to book
--
-- Revision ID: b2c3d4e5f6a7
-- Revises: a1b2c3d4e5f6
-- Create Date: 2026-11-21 09:00:00.000000

-- migrate:upgrade
ALTER TABLE book ADD COLUMN isbn VARCHAR(20);

-- migrate:downgrade
ALTER TABLE book DROP COLUMN isbn;
