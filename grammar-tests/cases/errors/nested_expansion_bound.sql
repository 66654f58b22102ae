-- targets: mysql
-- MySQL's split_part names its text three times: nested 14 deep, the copies
-- would grow as 3^14, so pgshift stops with PGS0010 instead of printing gigabytes.
CREATE TABLE p (s TEXT);
SELECT split_part(split_part(split_part(split_part(split_part(split_part(split_part(split_part(split_part(split_part(split_part(split_part(split_part(split_part(s, ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1), ',', 1) AS f FROM p;
