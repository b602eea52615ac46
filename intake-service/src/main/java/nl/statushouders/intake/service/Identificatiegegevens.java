package nl.statushouders.intake.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import nl.statushouders.platform.sleutels.Sleutelkluis;
import nl.statushouders.platform.sleutels.Veldversleuteling;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * BSN and V-nummer at rest. Both are stored encrypted (AES-GCM under intake's column key, bound to the
 * file and the column), and the BSN once more as a keyed hash (HMAC-SHA256 under a second key) that the
 * unique index and the search use: whoever reads the database, a backup or a dump learns no BSN, and
 * cannot find a file by trying BSNs without the key store. The two keys are service-wide purpose keys
 * from the key store, loaded at start-up, so a read costs no round trip.
 */
@ApplicationScoped
public class Identificatiegegevens {

    static final String ZOEKINDEX = "intake/bsn-zoekindex";
    static final String KOLOMMEN = "intake/identificatie";
    private static final int PER_KEER = 200;
    private static final Logger LOG = Logger.getLogger(Identificatiegegevens.class);

    private final Sleutelkluis kluis;
    private final Veldversleuteling velden;
    private volatile byte[] zoeksleutel;
    private volatile byte[] kolomsleutel;

    public Identificatiegegevens(Sleutelkluis kluis, ObjectMapper mapper) {
        this.kluis = kluis;
        this.velden = new Veldversleuteling(mapper);
    }

    /** Loads the keys, then encrypts and hashes rows written before (idempotent; safe beside another instance). */
    void opStart(@Observes StartupEvent event) throws Throwable {
        int rijen = VertxContextSupport.subscribeAndAwait(() -> laadSleutels().chain(() -> beveiligOudeRijen(0)));
        if (rijen > 0) {
            LOG.infof("Encrypted and hashed the BSN and V-nummer of %d intake files from before", rijen);
        }
    }

    Uni<Void> laadSleutels() {
        return kluis.doelsleutel(ZOEKINDEX).invoke(k -> zoeksleutel = k)
                .chain(() -> kluis.doelsleutel(KOLOMMEN)).invoke(k -> kolomsleutel = k)
                .replaceWithVoid();
    }

    /** Rows without a hash, a batch per transaction; the lock makes a second instance skip what the first did. */
    Uni<Integer> beveiligOudeRijen(int gedaan) {
        return Panache.withTransaction(() -> StatushouderRecord.<StatushouderRecord>find("bsnHash is null order by id")
                        .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, PER_KEER).list()
                        .invoke(rijen -> rijen.forEach(r -> beveilig(r, bsn(r), vNummer(r)))))
                .chain(rijen -> rijen.size() < PER_KEER ? Uni.createFrom().item(gedaan + rijen.size())
                        : beveiligOudeRijen(gedaan + rijen.size()));
    }

    /** Sets the row's BSN and V-nummer columns from the plain values. */
    public void beveilig(StatushouderRecord r, String bsn, String vNummer) {
        r.bsn = velden.versleutel(kolomsleutel(), r.id, "bsn", TextNode.valueOf(bsn));
        r.vNummer = vNummer == null ? null : velden.versleutel(kolomsleutel(), r.id, "vNummer", TextNode.valueOf(vNummer));
        r.bsnHash = zoekwaarde(bsn);
    }

    public String bsn(StatushouderRecord r) {
        return lees(r, r.bsn, "bsn");
    }

    public String vNummer(StatushouderRecord r) {
        return lees(r, r.vNummer, "vNummer");
    }

    /** What the unique index and the search compare: the same BSN gives the same value, and nothing else does. */
    public String zoekwaarde(String bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel(zoeksleutel), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    // A row from before start-up's pass (only possible while an older instance still writes) is read as it is.
    private String lees(StatushouderRecord r, String kolom, String veld) {
        if (kolom == null || Veldversleuteling.persoonVan(kolom).isEmpty()) {
            return kolom == null ? null : kolom.trim();
        }
        if (!Veldversleuteling.persoonVan(kolom).get().equals(r.id)) {
            // Encrypted for another file (a value copied between rows): never shown as this person's.
            throw new IllegalStateException("the " + veld + " column of an intake file was encrypted for another file");
        }
        return velden.ontsleutel(kolomsleutel(), veld, kolom).asText();
    }

    private byte[] kolomsleutel() {
        return sleutel(kolomsleutel);
    }

    private static byte[] sleutel(byte[] k) {
        if (k == null) {
            throw new IllegalStateException("intake's column keys are not loaded yet");
        }
        return k;
    }
}
