-- The dashboard lists the tasks that are not done yet.
CREATE VIEW open_tasks AS
SELECT t.id, t.title, b.title AS board, t.state, t.due_on
FROM tasks t
JOIN boards b ON b.id = t.board_id
WHERE t.state <> 'done';
