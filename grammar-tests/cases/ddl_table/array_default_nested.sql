-- run: no
CREATE TABLE t (m int[] DEFAULT '{{1,2},{3,4}}');
