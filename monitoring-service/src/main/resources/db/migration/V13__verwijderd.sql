-- An erased statushouder's progress stays as an anonymous count for the KPIs; it is never shown.
alter table voortgang add column verwijderd boolean not null default false;
alter table voortgang_lijst add column verwijderd boolean not null default false;
