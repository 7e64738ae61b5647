-- The names of a document's codes in the code lists in force at its issue (CodeNames as JSON), printed with it
-- wherever it is printed. Documents issued before have none: their prints show the codes alone.
alter table permit add column code_names text;
