package nl.statushouders.monitoring.rest;

import nl.statushouders.platform.verwerkingslog.GeenPersoonsgegevens;
import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.Kpis;
import nl.statushouders.monitoring.domain.Signaal;
import nl.statushouders.monitoring.service.CaseloadService;
import nl.statushouders.monitoring.service.KpiQueries;
import nl.statushouders.monitoring.service.OverlegService;
import nl.statushouders.monitoring.service.Signalering;
import org.jboss.resteasy.reactive.RestResponse;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** The regie views: caseload per werkmatcher, KPIs per cohort, and the agenda of the meeting with VWN. */
@Path("/api/monitoring/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regie", description = "Caseload, KPI's en overleg")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("regie")
public class OverzichtResource {

    private final CaseloadService caseload;
    private final OverlegService overleg;
    private final KpiQueries kpis;
    private final Signalering signalering;
    private final Caller caller;

    public OverzichtResource(CaseloadService caseload, OverlegService overleg, KpiQueries kpis, Signalering signalering,
                             Caller caller) {
        this.caseload = caseload;
        this.overleg = overleg;
        this.kpis = kpis;
        this.signalering = signalering;
        this.caller = caller;
    }

    @GET
    @Path("/caseload")
    @RolesAllowed({Roles.WERKMATCHER, Roles.TEAMLEIDER})
    @Operation(summary = "Caseload, meest urgente eerst", description = "Gefilterd op werkmatcher, fase en signaal; gepagineerd.")
    @APIResponse(responseCode = "200", description = "Een pagina van de caseload",
            content = @Content(schema = @Schema(implementation = CaseloadService.Pagina.class)))
    public Uni<CaseloadService.Pagina> caseload(
            @QueryParam("werkmatcher") @Parameter(description = "Gebruikersnaam van de werkmatcher") String werkmatcher,
            @QueryParam("fase") @Parameter(schema = @Schema(implementation = Fase.class)) String fase,
            @QueryParam("signaal") @Parameter(schema = @Schema(implementation = Signaal.class)) String signaal,
            @QueryParam("pagina") @Parameter(description = "Vanaf 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String pagina,
            @QueryParam("paginaGrootte") @Parameter(description = "1 tot en met 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String paginaGrootte) {
        return caseload.caseload(caller.gemeenten(), werkmatcher == null || werkmatcher.isBlank() ? null : werkmatcher,
                MonitoringParams.enumOrNull("fase", fase, Fase.class),
                MonitoringParams.enumOrNull("signaal", signaal, Signaal.class),
                MonitoringParams.intInRange("pagina", pagina, 1, 1, 100_000),
                MonitoringParams.intInRange("paginaGrootte", paginaGrootte, 20, 1, 100));
    }

    @GeenPersoonsgegevens("alleen totalen; kleine groepen tonen alleen hun omvang")
    @GET
    @Path("/kpis")
    @RolesAllowed({Roles.BELEIDSMEDEWERKER, Roles.TEAMLEIDER})
    @Operation(summary = "KPI's per cohort en gemeente", description = "Alleen totalen; groepen kleiner dan "
            + Kpis.MINIMALE_GROEP + " tonen alleen hun omvang.")
    @APIResponse(responseCode = "200", description = "De KPI's",
            content = @Content(schema = @Schema(implementation = Kpis.Cohort.class, type = SchemaType.ARRAY)))
    public Uni<List<Kpis.Cohort>> kpis(
            @QueryParam("cohort") @Parameter(description = "Kwartaal van aanmelding, bijvoorbeeld 2026-Q3") String cohort) {
        Optional<String> gekozen = Optional.ofNullable(MonitoringParams.cohort(cohort));
        return kpis.kpis(caller.gemeenten(), gekozen, signalering.vandaag());
    }

    @GET
    @Path("/overleg")
    @RolesAllowed({Roles.WERKMATCHER, Roles.VLUCHTELINGENWERK})
    @Operation(summary = "Agenda voor het driewekelijks overleg met VluchtelingenWerk",
            description = "Statushouders met een open signaal of een wijziging sinds de opgegeven datum; meeste signalen "
                    + "eerst, dan op achternaam. Gepagineerd: het totaal staat in de header X-Total-Count, de volgende "
                    + "pagina in de Link-header.")
    @APIResponse(responseCode = "200", description = "De agenda",
            content = @Content(schema = @Schema(implementation = OverlegService.Agendapunt.class, type = SchemaType.ARRAY)))
    public Uni<RestResponse<List<OverlegService.Agendapunt>>> overleg(
            @QueryParam("sinds") @Parameter(required = true, description = "Datum van het vorige overleg", schema = @Schema(type = SchemaType.STRING, format = "date")) String sinds,
            @QueryParam("pagina") @Parameter(description = "Vanaf 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String pagina,
            @QueryParam("paginaGrootte") @Parameter(description = "1 tot en met 500, standaard 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) String paginaGrootte) {
        java.time.LocalDate vanaf = MonitoringParams.date("sinds", sinds);
        int nummer = MonitoringParams.intInRange("pagina", pagina, 1, 1, 100_000);
        int grootte = MonitoringParams.intInRange("paginaGrootte", paginaGrootte, 50, 1, 500);
        return overleg.agenda(caller.gemeenten(), vanaf, nummer, grootte).map(agenda -> {
            RestResponse.ResponseBuilder<List<OverlegService.Agendapunt>> response = RestResponse.ResponseBuilder
                    .ok(agenda.punten()).header("X-Total-Count", agenda.totaal());
            if ((long) nummer * grootte < agenda.totaal()) {
                response.header("Link", "</api/monitoring/v1/overleg?sinds=" + vanaf + "&pagina=" + (nummer + 1)
                        + "&paginaGrootte=" + grootte + ">; rel=\"next\"");
            }
            return response.build();
        });
    }
}
