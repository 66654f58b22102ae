-- run: no
CREATE TYPE mood AS ENUM ('sad', 'happy');
SELECT 'angry'::mood;
