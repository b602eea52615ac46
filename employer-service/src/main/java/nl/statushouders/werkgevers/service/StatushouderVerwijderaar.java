package nl.statushouders.werkgevers.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.verwijdering.RijenVerwijderaar;

import java.util.List;

/** An erased statushouder (intake's statushouder-verwijderd): their matches (with the werkmatcher's reasons) and their profile go. A taalvoucher stays: it is the employer's grant and counts against the gemeente's budget; it names only the statushouder id. */
@ApplicationScoped
public class StatushouderVerwijderaar extends RijenVerwijderaar {

    @Override
    protected List<String> statements() {
        return List.of(
                "delete from matching where statushouder_id = :id",
                "delete from statushouder where id = :id");
    }
}
