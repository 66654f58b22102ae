CREATE DOMAIN posint AS int CHECK (VALUE > 0);
SELECT 5::posint AS n;
