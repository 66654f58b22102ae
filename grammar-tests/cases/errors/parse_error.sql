-- run: no
SELEC 1;
