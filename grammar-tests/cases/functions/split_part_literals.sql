SELECT split_part('2024-03-15', '-', 2) AS month, split_part('user@example.com', '@', 2) AS host, split_part('no-delimiter', '/', 1) AS whole, split_part('x/y', '/', 5) AS past_end;
