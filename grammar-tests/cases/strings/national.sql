SELECT N'Ånge' AS a;
