-- Correlated subqueries in SELECT, WHERE and HAVING.
CREATE TABLE emp (id INT, dept TEXT, salary INT);
INSERT INTO emp VALUES (1, 'a', 10), (2, 'a', 30), (3, 'b', 20), (4, 'b', 20), (5, 'c', 5);
SELECT id, (SELECT max(salary) FROM emp AS e2 WHERE e2.dept = emp.dept) AS top FROM emp ORDER BY id;
SELECT id FROM emp WHERE salary > (SELECT avg(salary) FROM emp AS e2 WHERE e2.dept = emp.dept) ORDER BY id;
SELECT dept FROM emp GROUP BY dept HAVING count(*) > (SELECT count(*) FROM emp WHERE dept = 'c') ORDER BY dept;
