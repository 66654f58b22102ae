SELECT date_trunc('month', '2024-03-15 10:11:12'::timestamp) AS m;
