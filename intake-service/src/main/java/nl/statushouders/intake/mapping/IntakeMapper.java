package nl.statushouders.intake.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.intake.domain.Afspraak;
import nl.statushouders.intake.domain.Deelnemer;
import nl.statushouders.intake.domain.Huisvesting;
import nl.statushouders.intake.domain.IntakeCommand.HoudWerkgesprek;
import nl.statushouders.intake.domain.IntakeCommand.RegistreerStatushouder;
import nl.statushouders.intake.domain.PlanVanAanpak;
import nl.statushouders.intake.domain.Trajectvoorstel;
import nl.statushouders.intake.domain.AssessmentBesluit;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.PlanVanAanpakAgreed;
import nl.statushouders.intake.domain.event.DossierAfgesloten;
import nl.statushouders.intake.domain.Afsluitreden;
import nl.statushouders.intake.domain.event.PlanVanAanpakRevised;
import nl.statushouders.intake.domain.event.StartgesprekHeld;
import nl.statushouders.intake.domain.event.StatushouderRegistered;
import nl.statushouders.intake.domain.event.WerkgesprekHeld;
import nl.statushouders.intake.domain.event.WerkmatcherAssigned;
import nl.statushouders.intake.service.IntakeService;
import nl.statushouders.intake.rest.PlanVanAanpakResponse;
import nl.statushouders.intake.rest.RegistratieRequest;
import nl.statushouders.intake.rest.StatushouderResponse;
import nl.statushouders.intake.rest.WerkgesprekRequest;
import nl.statushouders.intake.service.Identificatiegegevens;
import nl.statushouders.intake.service.StatushouderRecord;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.mapping.JsonDocuments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Between the REST shapes, the domain commands and the read model. */
@ApplicationScoped
public class IntakeMapper {

    private final JsonDocuments json;
    private final Identificatiegegevens identificatie;

    public IntakeMapper(ObjectMapper json, Identificatiegegevens identificatie) {
        this.json = new JsonDocuments(json);
        this.identificatie = identificatie;
    }

    public RegistreerStatushouder toCommand(UUID id, String gemeente, RegistratieRequest r, LocalDate vandaag) {
        return new RegistreerStatushouder(id, gemeente, r.voornaam().trim(), r.achternaam().trim(), r.geboortedatum(),
                r.talen().stream().map(String::trim).toList(),
                new Huisvesting(r.huisvesting().status(), r.huisvesting().azcLocatie()),
                r.datumVerblijfsvergunning(), vandaag);
    }

    public HoudWerkgesprek toCommand(WerkgesprekRequest r, LocalDate vandaag) {
        PlanVanAanpak plan = toPlan(r.planVanAanpak());
        return new HoudWerkgesprek(r.datum(), r.deelnemers().stream().map(d -> new Deelnemer(d.rol(), d.naam())).toList(),
                r.redenAfwezigheidVluchtelingenwerk(), r.assessmentId(), plan, vandaag);
    }

    /** A new row from the events; BSN and V-nummer (in no event) are set by Identificatiegegevens. */
    public StatushouderRecord toRecord(UUID id, List<RecordedEvent<IntakeEvent>> events) {
        StatushouderRecord r = new StatushouderRecord();
        r.id = id;
        project(r, events);
        return r;
    }

    /**
     * Brings the projection columns of a row up to date with these events, in stream order. The live
     * path passes the events a command just appended, a rebuild the whole stream: one code path.
     * BSN and V-nummer are never touched.
     */
    public void project(StatushouderRecord r, List<RecordedEvent<IntakeEvent>> events) {
        events.forEach(recorded -> apply(r, recorded));
    }

    public StatushouderResponse toResponse(StatushouderRecord r, boolean metIdentificatie) {
        return new StatushouderResponse(r.id, r.gemeente, metIdentificatie ? identificatie.bsn(r) : null,
                metIdentificatie ? identificatie.vNummer(r) : null, r.voornaam, r.achternaam, r.geboortedatum,
                json.read(r.talen, new TypeReference<List<String>>() { }),
                new Huisvesting(Huisvesting.Status.valueOf(r.huisvestingStatus), r.azcLocatie),
                r.datumVerblijfsvergunning, r.werkmatcher, r.startgesprekDatum,
                r.assessmentBesluit == null ? null : AssessmentBesluit.valueOf(r.assessmentBesluit),
                r.werkgesprekDatum, r.planVersie, r.afgeslotenOp,
                r.afsluitreden == null ? null : Afsluitreden.valueOf(r.afsluitreden), r.versie);
    }

    /** The read model's answer to one event; the row's version is the stream's, its registration time the first event's. */
    private void apply(StatushouderRecord r, RecordedEvent<IntakeEvent> recorded) {
        IntakeEvent event = recorded.event();
        if (event instanceof StatushouderRegistered e) {
            // The first event of every stream sets every projection column, so a refold over a
            // damaged row leaves nothing of the damage behind.
            r.gemeente = e.gemeente();
            // Null when the person's key is destroyed (an erasure that has not deleted the row yet): the
            // row keeps what it holds until the erasure deletes it.
            if (e.voornaam() != null) {
                r.voornaam = e.voornaam();
                r.achternaam = e.achternaam();
                r.geboortedatum = e.geboortedatum();
                r.talen = json.write(e.talen());
                r.huisvestingStatus = e.huisvesting().status().name();
                r.azcLocatie = e.huisvesting().azcLocatie();
                r.datumVerblijfsvergunning = e.datumVerblijfsvergunning();
            }
            r.werkmatcher = null;
            r.startgesprekDatum = null;
            r.assessmentBesluit = null;
            r.werkgesprekDatum = null;
            r.planVanAanpak = null;
            r.planVersie = 0;
            r.afgeslotenOp = null;
            r.afsluitreden = null;
            r.aangemeldOp = recorded.recordedAt();
        } else if (event instanceof WerkmatcherAssigned e) {
            r.werkmatcher = e.werkmatcher();
        } else if (event instanceof StartgesprekHeld e) {
            r.startgesprekDatum = e.datum();
            r.assessmentBesluit = e.assessmentBesluit().name();
        } else if (event instanceof WerkgesprekHeld e) {
            r.werkgesprekDatum = e.datum();
        } else if (event instanceof DossierAfgesloten e) {
            r.afgeslotenOp = e.datum();
            r.afsluitreden = e.reden().name();
        } else if (event instanceof PlanVanAanpakAgreed e) {
            r.planVanAanpak = json.write(toPlan(e.versie(), null, e.leerroute(), e.doelen(), e.afspraken(),
                    e.trajectvoorstellen(), e.evaluatiedatum(), null));
            r.planVersie = e.versie();
        } else if (event instanceof PlanVanAanpakRevised e) {
            r.planVanAanpak = json.write(toPlan(e.versie(), e.reden(), e.leerroute(), e.doelen(), e.afspraken(),
                    e.trajectvoorstellen(), e.evaluatiedatum(), null));
            r.planVersie = e.versie();
        }
        r.versie = recorded.version();
    }

    public PlanVanAanpakResponse toPlanResponse(StatushouderRecord r) {
        PlanVanAanpakResponse p = json.read(r.planVanAanpak, new TypeReference<PlanVanAanpakResponse>() { });
        return new PlanVanAanpakResponse(r.id, p.versie(), p.reden(), p.leerroute(), p.doelen(), p.afspraken(),
                p.trajectvoorstellen(), p.evaluatiedatum(), r.werkgesprekDatum, null);
    }

    public PlanVanAanpakResponse toPlanResponse(UUID statushouderId, IntakeService.PlanVersie versie) {
        if (versie.plan() instanceof PlanVanAanpakAgreed e) {
            return new PlanVanAanpakResponse(statushouderId, e.versie(), null, e.leerroute(), e.doelen(), e.afspraken(),
                    e.trajectvoorstellen(), e.evaluatiedatum(), null, versie.vastgesteldOp());
        }
        PlanVanAanpakRevised e = (PlanVanAanpakRevised) versie.plan();
        return new PlanVanAanpakResponse(statushouderId, e.versie(), e.reden(), e.leerroute(), e.doelen(), e.afspraken(),
                e.trajectvoorstellen(), e.evaluatiedatum(), null, versie.vastgesteldOp());
    }

    public PlanVanAanpak toPlan(WerkgesprekRequest.PlanVanAanpakDto p) {
        return new PlanVanAanpak(p.leerroute(), p.doelen(),
                p.afspraken().stream().map(a -> new Afspraak(a.activiteit().trim(), a.verantwoordelijke(), a.deadline())).toList(),
                p.trajectvoorstellen() == null ? List.of()
                        : p.trajectvoorstellen().stream().map(t -> new Trajectvoorstel(t.soort(), t.toelichting())).toList(),
                p.evaluatiedatum());
    }

    private static PlanVanAanpakResponse toPlan(int versie, String reden, nl.statushouders.intake.domain.Leerroute leerroute,
                                                List<String> doelen, List<Afspraak> afspraken,
                                                List<Trajectvoorstel> voorstellen, LocalDate evaluatie, UUID id) {
        return new PlanVanAanpakResponse(id, versie, reden, leerroute, doelen, afspraken, voorstellen, evaluatie, null, null);
    }
}
