SELECT now() - INTERVAL '1 day' < now() AS a, CURRENT_DATE + INTERVAL '1 day' > now() AS b;
