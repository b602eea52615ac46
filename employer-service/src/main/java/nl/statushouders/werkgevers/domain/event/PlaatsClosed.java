package nl.statushouders.werkgevers.domain.event;

import java.util.UUID;

public record PlaatsClosed(UUID plaatsId, UUID werkgeverId, String gemeente, String reden) implements WerkgeversEvent {
}
