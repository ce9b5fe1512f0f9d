-- Add phone field to User
--
-- Revision ID: 3f2a9c1b7d4e
-- Revises: 9b1c0e2d4f6a
-- Create Date: 2026-11-24 10:15:02.514213

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone VARCHAR(20);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN phone;
