-- run: no
CREATE TABLE t (id int PRIMARY KEY, updated_at timestamp);
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
