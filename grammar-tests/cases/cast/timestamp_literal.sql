SELECT '2024-01-05 10:20:30'::timestamp AS ts;
