package nl.statushouders.intake.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Search by BSN goes in a POST body, so the BSN never lands in a URL or an access log. */
@Schema(name = "BsnZoekvraag")
public record BsnZoekRequest(@NotBlank @ValidBsn String bsn) {
}
