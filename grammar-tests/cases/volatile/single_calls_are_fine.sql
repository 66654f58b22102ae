SELECT random() >= 0 AND random() < 1 AS in_range, length(gen_random_uuid()::text) AS len;
