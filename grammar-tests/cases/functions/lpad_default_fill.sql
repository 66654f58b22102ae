SELECT lpad('hi', 5), rpad('hi', 5) || '|', lpad('hi', 7, 'ab'), rpad('hi', 7, 'ab');
