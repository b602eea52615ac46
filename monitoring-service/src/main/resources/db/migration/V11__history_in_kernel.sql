-- Monitoring's received-event history moves to the kernel's received_event, which every consumer
-- keeps (the claim for idempotency and the history for rebuilds), in the order it was received.
insert into received_event (consumer, event_id, record_key, source, type, subject, sequence, gemeente, event_time, data,
                            received_at)
select 'monitoring-voortgang', event_id, statushouder_id::text, source, type, subject, sequence, gemeente, tijd, data, now()
from ontvangen_event
order by positie
on conflict do nothing;
drop table ontvangen_event;
