SELECT lpad('hello', 3, 'x'), rpad('hello', 3, 'x'), lpad('hello', 3), rpad('hello', 0);
