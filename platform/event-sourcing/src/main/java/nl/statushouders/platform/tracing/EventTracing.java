package nl.statushouders.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.smallrye.mutiny.Uni;
import nl.statushouders.platform.consumer.CloudEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The trace context travels in the CloudEvent itself (the CloudEvents distributed-tracing extension:
 * {@code traceparent}, {@code tracestate}), written when the event is appended, so one trace shows a
 * command and every effect in the other services, however late the outbox publishes it. With the
 * SDK disabled (no endpoint) the current span is invalid: nothing is written, nothing is started.
 */
@jakarta.enterprise.context.ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapSetter<Map<String, String>> SETTER = Map::put;
    private static final TextMapGetter<CloudEvent> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(CloudEvent event) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(CloudEvent event, String key) {
            if (event == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? event.traceparent() : TRACESTATE.equals(key) ? event.tracestate() : null;
        }
    };

    private final Tracer tracer;

    public EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current trace context as CloudEvent attributes; empty when there is no sampled or valid span. */
    public static Map<String, String> current() {
        Map<String, String> attributes = new HashMap<>();
        if (Span.current().getSpanContext().isValid()) {
            W3C.inject(Context.current(), attributes, SETTER);
        }
        return attributes;
    }

    /**
     * Runs the handling of a consumed event in a consumer span whose parent is the trace the event
     * carries, current until the handling ends, so the effects it appends carry the same trace.
     */
    public Uni<Void> consume(String topic, CloudEvent event, Supplier<? extends Uni<?>> handling) {
        Context parent = W3C.extract(Context.root(), event, GETTER);
        Span span = tracer.spanBuilder(topic + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        if (!span.getSpanContext().isValid()) {
            // Deferred, so a payload that fails while being read counts as any other failure.
            return Uni.createFrom().deferred(() -> handling.get().replaceWithVoid());
        }
        return Uni.createFrom().deferred(() -> {
            Scope scope = span.makeCurrent();
            Uni<Void> work;
            try {
                work = handling.get().replaceWithVoid();
            } catch (RuntimeException e) {
                scope.close();
                span.end();
                throw e;
            }
            return work.onFailure().invoke(span::recordException).eventually(() -> {
                scope.close();
                span.end();
            });
        });
    }
}
