-- run: no
CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);
