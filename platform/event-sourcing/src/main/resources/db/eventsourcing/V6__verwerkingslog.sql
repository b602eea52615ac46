-- The processing log (Logius Logboek Dataverwerkingen): apart from the business data in its own
-- schema, append-only: updates, deletes and truncation are refused, except deletes in a transaction
-- that has set verwerkingslog.bewaartermijn to 'verstreken' (the retention job, nothing else).
create schema if not exists verwerkingslog;

create table verwerkingslog.verwerking (
    id              bigserial primary key,
    trace_id        char(32)    not null,
    span_id         char(16)    not null,
    handeling       text        not null,
    status_code     smallint    not null,
    http_status     smallint    not null,
    start_tijd      timestamptz not null,
    eind_tijd       timestamptz not null,
    activiteit      text        not null,
    actor           text        not null,
    gebruikersnaam  text,
    organisatie     text,
    rollen          text[]      not null,
    gemeenten       text[]      not null,
    betrokkenen     uuid[]      not null check (cardinality(betrokkenen) > 0)
);

create index verwerking_betrokkenen on verwerkingslog.verwerking using gin (betrokkenen);

create function verwerkingslog.alleen_aanvullen() returns trigger language plpgsql as $$
begin
    if current_setting('verwerkingslog.bewaartermijn', true) = 'verstreken' and tg_op = 'DELETE' then
        return old;
    end if;
    raise exception 'het verwerkingenlogboek is alleen aan te vullen (%)', tg_op;
end
$$;

create trigger verwerking_alleen_aanvullen before update or delete on verwerkingslog.verwerking
    for each row execute function verwerkingslog.alleen_aanvullen();
create trigger verwerking_niet_legen before truncate on verwerkingslog.verwerking
    for each statement execute function verwerkingslog.alleen_aanvullen();
