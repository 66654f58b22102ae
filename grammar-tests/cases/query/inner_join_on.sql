CREATE TABLE a (id INT, name TEXT);
CREATE TABLE b (a_id INT, qty INT);
INSERT INTO a VALUES (1, 'x'), (2, 'y');
INSERT INTO b VALUES (1, 5), (1, 6), (3, 7);
SELECT a.name, b.qty FROM a JOIN b ON b.a_id = a.id ORDER BY b.qty;
