-- Wakes the relay that holds the lease, whichever instance committed: one notification per
-- inserting statement, delivered by PostgreSQL at commit (and not at all on rollback).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end;
$$;
create trigger outbox_inserted after insert on outbox for each statement execute function outbox_notify();

create index outbox_published on outbox (published_at) where published_at is not null;
