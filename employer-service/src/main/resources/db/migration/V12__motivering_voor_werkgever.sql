-- Whether the werkmatcher wrote a match's motivering for the employer's account manager (issue #11).
alter table matching add column motivering_voor_werkgever boolean not null default false;
