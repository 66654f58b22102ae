CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p(id));
-- error
INSERT INTO c VALUES (1, 99);
SELECT count(*) AS n FROM c;
