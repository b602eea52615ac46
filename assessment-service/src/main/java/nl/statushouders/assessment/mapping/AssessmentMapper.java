package nl.statushouders.assessment.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.assessment.domain.AssessmentCommand.LegResultaatVast;
import nl.statushouders.assessment.domain.AssessmentCommand.PlanSessie;
import nl.statushouders.assessment.domain.Profiel;
import nl.statushouders.assessment.domain.Soort;
import nl.statushouders.assessment.domain.Status;
import nl.statushouders.assessment.domain.Taalniveau;
import nl.statushouders.assessment.domain.Werkervaring;
import nl.statushouders.assessment.domain.event.AlternatieveIntakeCompleted;
import nl.statushouders.assessment.domain.event.AssessmentCompleted;
import nl.statushouders.assessment.domain.event.AssessmentEvent;
import nl.statushouders.assessment.domain.event.AssessmentInvited;
import nl.statushouders.assessment.domain.event.AssessmentMissed;
import nl.statushouders.assessment.domain.event.AssessmentScheduled;
import nl.statushouders.assessment.rest.AssessmentResponse;
import nl.statushouders.assessment.rest.AssessmentResponse.RapportView;
import nl.statushouders.assessment.rest.AssessmentResponse.SessieView;
import nl.statushouders.assessment.rest.ResultaatRequest;
import nl.statushouders.assessment.rest.SessieRequest;
import nl.statushouders.assessment.service.AssessmentRecord;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.mapping.JsonDocuments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Between the REST shapes, the domain commands and the read model. */
@ApplicationScoped
public class AssessmentMapper {

    private static final TypeReference<List<SessieView>> SESSIES = new TypeReference<>() { };
    private static final TypeReference<List<LocalDate>> DATA = new TypeReference<>() { };

    private final JsonDocuments json;

    public AssessmentMapper(ObjectMapper json) {
        this.json = new JsonDocuments(json);
    }

    public PlanSessie toCommand(SessieRequest r, LocalDate vandaag) {
        return new PlanSessie(r.datum(), r.locatie().trim(), r.begeleiding(), blankToNull(r.toelichting()), vandaag);
    }

    public LegResultaatVast toCommand(ResultaatRequest r, LocalDate vandaag) {
        List<Werkervaring> werkervaring = r.werkervaring() == null ? List.of() : r.werkervaring().stream()
                .map(w -> new Werkervaring(w.beroep().trim(), w.jaren(), w.land().trim())).toList();
        Taalniveau taal = r.taalniveau() == null ? Taalniveau.ONBEKEND : new Taalniveau(niveau(r.taalniveau().lezen()),
                niveau(r.taalniveau().luisteren()), niveau(r.taalniveau().spreken()), niveau(r.taalniveau().schrijven()));
        return new LegResultaatVast(r.datum(), new Profiel(r.opleidingsniveau(), werkervaring, taal,
                trimmed(r.competenties()), trimmed(r.kansen()), trimmed(r.belemmeringen()), r.advies().trim()), vandaag);
    }

    /** A new row, all of it from the events (the invitation first). */
    public AssessmentRecord toRecord(UUID id, List<RecordedEvent<AssessmentEvent>> events) {
        AssessmentRecord r = new AssessmentRecord();
        r.id = id;
        project(r, events);
        return r;
    }

    /**
     * Brings a row up to date with these events, in stream order. The live path passes the events a
     * command just appended, a rebuild the whole stream: one code path.
     */
    public void project(AssessmentRecord r, List<RecordedEvent<AssessmentEvent>> events) {
        events.forEach(recorded -> apply(r, recorded));
    }

    /** The read model's answer to one event; the row's version is the stream's, its invitation time the first event's. */
    private void apply(AssessmentRecord r, RecordedEvent<AssessmentEvent> recorded) {
        AssessmentEvent event = recorded.event();
        if (event instanceof AssessmentInvited e) {
            // The first event of every stream sets every column, so a refold over a damaged row
            // leaves nothing of the damage behind.
            r.statushouderId = e.statushouderId();
            r.gemeente = e.gemeente();
            r.soort = e.soort().name();
            r.locatie = e.locatie();
            r.status = Status.UITGENODIGD.name();
            r.sessies = "[]";
            r.nietVerschenen = "[]";
            r.resultaat = null;
            r.startgesprekEventId = e.startgesprekEventId();
            r.uitgenodigdOp = recorded.recordedAt();
        } else if (event instanceof AssessmentScheduled e) {
            List<SessieView> sessies = new ArrayList<>(json.read(r.sessies, SESSIES));
            sessies.add(new SessieView(e.datum(), e.locatie(), e.begeleiding(), e.toelichting()));
            r.sessies = json.write(sessies);
            r.status = Status.GEPLAND.name();
        } else if (event instanceof AssessmentMissed e) {
            List<LocalDate> data = new ArrayList<>(json.read(r.nietVerschenen, DATA));
            data.add(e.datum());
            r.nietVerschenen = json.write(data);
            r.status = Status.NIET_VERSCHENEN.name();
        } else if (event instanceof AssessmentCompleted e) {
            r.resultaat = json.write(new RapportView(e.datum(), false, e.opleidingsniveau(), e.werkervaring(), e.taalniveau(),
                    e.competenties(), e.kansen(), e.belemmeringen(), e.advies()));
            r.status = Status.AFGEROND.name();
        } else if (event instanceof AlternatieveIntakeCompleted e) {
            r.resultaat = json.write(new RapportView(e.datum(), true, e.opleidingsniveau(), e.werkervaring(), e.taalniveau(),
                    e.competenties(), e.kansen(), e.belemmeringen(), e.advies()));
            r.status = Status.AFGEROND.name();
        }
        r.versie = recorded.version();
    }

    public AssessmentResponse toResponse(AssessmentRecord r) {
        return new AssessmentResponse(r.id, r.statushouderId, r.gemeente, Soort.valueOf(r.soort), r.locatie,
                Status.valueOf(r.status), json.read(r.sessies, SESSIES), json.read(r.nietVerschenen, DATA),
                r.resultaat == null ? null : json.read(r.resultaat, new TypeReference<RapportView>() { }),
                r.startgesprekEventId, r.versie);
    }

    private static String niveau(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
