-- run: no
CREATE TABLE t (id int PRIMARY KEY, owner text);
CREATE POLICY own_rows ON t USING (owner = current_user);
