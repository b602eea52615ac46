package nl.statushouders.monitoring.service;

import jakarta.inject.Singleton;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.rebuild.ReceivedEvents;
import nl.statushouders.platform.rebuild.ReceivedReadModel;

import java.util.List;
import java.util.UUID;

/** The progress projection, rebuilt per statushouder from the events monitoring received. */
@Singleton
public class VoortgangLeesmodel extends ReceivedReadModel<VoortgangRecord> {

    private final VoortgangService voortgang;

    public VoortgangLeesmodel(ReceivedEvents received, VoortgangService voortgang) {
        super(VoortgangRecord.class, r -> r.statushouderId, received, VoortgangService.CONSUMER);
        this.voortgang = voortgang;
    }

    @Override
    public String name() {
        return "voortgang";
    }

    @Override
    protected VoortgangRecord fold(VoortgangRecord existing, UUID key, List<CloudEvent> history) {
        VoortgangRecord record = existing != null ? existing : new VoortgangRecord();
        voortgang.write(record, VoortgangProjector.fold(key, history.get(0).gemeente(), history));
        return record;
    }
}
