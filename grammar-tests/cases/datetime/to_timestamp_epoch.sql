SELECT to_timestamp(1700000000) AS a, to_timestamp(0) AS b;
