SELECT left('abc', 0), right('abc', 0), left('abc', 5), right('abc', 5), left('abc', -5), right('abc', -5);
