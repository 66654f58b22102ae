SELECT greatest(NULL::int, NULL::int) IS NULL, least(NULL::int, 3), greatest(1, NULL, 3, NULL), least(5);
