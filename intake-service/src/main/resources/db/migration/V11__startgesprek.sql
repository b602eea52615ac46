alter table statushouder add column startgesprek_datum date;
alter table statushouder add column assessment_besluit text;
