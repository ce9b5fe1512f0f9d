-- Add shelf note to book
--
-- Revision ID: c3d4e5f6a7b8
-- Revises: b2c3d4e5f6a7
-- Create Date: 2026-11-22 09:00:00.000000

-- migrate:upgrade
ALTER TABLE book ADD COLUMN shelf_note VARCHAR(100);

-- migrate:downgrade
ALTER TABLE book DROP COLUMN shelf_note;
