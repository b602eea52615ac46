-- This service keeps of other services' events only the payload fields its read model needs
-- (no names): rows kept in full before that rule are trimmed to the same fields.
update received_event r
set data = coalesce((select jsonb_object_agg(key, value) from jsonb_each(r.data::jsonb)
                     where key in ('statushouderId', 'gemeente', 'assessmentBesluit')), '{}'::jsonb)::text
where consumer = 'assessment-service';
