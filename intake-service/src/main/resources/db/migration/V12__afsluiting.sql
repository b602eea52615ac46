-- The end of the guidance: the retention job erases a file a configured period after this date.
alter table statushouder add column afgesloten_op date;
alter table statushouder add column afsluitreden text;
create index statushouder_afgesloten_op on statushouder (afgesloten_op) where afgesloten_op is not null;
