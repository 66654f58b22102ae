-- The columns of a derived table have no declared type, so pgshift cannot
-- tell whether `/` divides integers (PostgreSQL truncates) and warns.
SELECT a / b AS q FROM (SELECT 6 AS a, 3 AS b) s;
