-- targets: mysql
-- run: no
-- PostgreSQL's numeric quotient keeps at least 16 significant digits
-- (1 / 3.0 is 0.33333333333333333333); MySQL's keeps the dividend's scale
-- plus div_precision_increment (4) places (0.3333): warning PGS0137, here
-- for a literal and for a numeric(10,2) column the catalog knows. An
-- unbounded numeric dividend becomes DECIMAL(65,30), whose quotient has 30
-- places: no warning. A float operand makes a float division: no warning.
CREATE TABLE p (id int, price numeric(10,2), total numeric, qty int, weight float8);
SELECT 1 / 3.0 AS third, price / qty AS unit FROM p;
SELECT total / qty AS unit, 1::numeric / 3 AS third, price / weight AS per_kg FROM p;
