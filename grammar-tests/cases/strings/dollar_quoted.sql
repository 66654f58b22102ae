SELECT $$it's a \ test$$ AS a, $tag$ $$ inside $tag$ AS b;
