CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
SELECT length(uuid_generate_v4()::text) AS len;
