-- Trigram similarity for matching children to person records by name (persons.normalised_name).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
