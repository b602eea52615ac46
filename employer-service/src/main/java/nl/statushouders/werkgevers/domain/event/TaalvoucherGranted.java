package nl.statushouders.werkgevers.domain.event;

import java.util.UUID;

/** {@code bedrag} in euro cents, charged to the gemeente's budget of {@code jaar}. */
public record TaalvoucherGranted(UUID taalvoucherId, UUID werkgeverId, UUID statushouderId, String gemeente, long bedrag,
                                 int maanden, int jaar) implements WerkgeversEvent {
}
