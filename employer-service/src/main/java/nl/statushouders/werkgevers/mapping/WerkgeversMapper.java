package nl.statushouders.werkgevers.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.werkgevers.domain.Leerdoel;
import nl.statushouders.werkgevers.rest.Responses.BijeenkomstResponse;
import nl.statushouders.werkgevers.rest.Responses.MatchResponse;
import nl.statushouders.werkgevers.rest.Responses.PlaatsResponse;
import nl.statushouders.werkgevers.rest.Responses.TaalvoucherResponse;
import nl.statushouders.werkgevers.rest.Responses.WerkgeverResponse;
import nl.statushouders.werkgevers.service.BijeenkomstRecord;
import nl.statushouders.werkgevers.service.MatchRecord;
import nl.statushouders.werkgevers.service.PlaatsRecord;
import nl.statushouders.werkgevers.service.TaalvoucherRecord;
import nl.statushouders.werkgevers.service.WerkgeverRecord;

import java.util.List;

/** From read-model rows to REST shapes. */
@ApplicationScoped
public class WerkgeversMapper {

    private final Json json;

    public WerkgeversMapper(Json json) {
        this.json = json;
    }

    public WerkgeverResponse toResponse(WerkgeverRecord r) {
        return new WerkgeverResponse(r.id, r.gemeente, r.naam, r.kvkNummer, r.sector, r.soort, r.accountbeheerder,
                r.accountbeheerderOrganisatie, r.versie, r.geregistreerdOp);
    }

    public PlaatsResponse toResponse(PlaatsRecord r) {
        return new PlaatsResponse(r.id, r.werkgeverId, r.gemeente, r.soort, r.functie, r.beroep, r.urenPerWeek,
                r.minimaalTaalniveau, r.aantal, r.bezet, r.open, json.read(r.leerdoelen, new TypeReference<List<Leerdoel>>() { }));
    }

    /** {@code gemeentelijk}: the caller works for the gemeente; an account manager sees a motivering written for them only. */
    public MatchResponse toResponse(MatchRecord r, boolean gemeentelijk) {
        return new MatchResponse(r.id, r.statushouderId, r.plaatsId, r.werkgeverId, r.gemeente, r.status,
                gemeentelijk || r.motiveringVoorWerkgever ? r.motivering : null, r.motiveringVoorWerkgever,
                r.startdatum, r.reden);
    }

    public TaalvoucherResponse toResponse(TaalvoucherRecord r) {
        return new TaalvoucherResponse(r.id, r.werkgeverId, r.statushouderId, r.gemeente, r.bedrag, r.maanden, r.jaar);
    }

    public BijeenkomstResponse toResponse(BijeenkomstRecord r) {
        return new BijeenkomstResponse(r.id, r.gemeente, r.soort, r.datum, r.werkgeverId, r.locatie, r.omschrijving);
    }
}
