SELECT (now() + INTERVAL '1 hour') IS NOT NULL AS ok;
