package nl.statushouders.platform.sleutels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * One personal field encrypted with the person's data key: AES-256-GCM over the field's JSON value,
 * with the person and the field name as associated data (a ciphertext moved to another field or
 * person does not decrypt). Written as {@code vsl:1:<statushouder id>:<base64url of iv and ciphertext>},
 * so a reader knows whose key it needs without any other context.
 */
public final class Veldversleuteling {

    static final String PREFIX = "vsl:1:";
    private static final int IV = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectMapper mapper;

    public Veldversleuteling(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String versleutel(byte[] sleutel, UUID persoon, String veld, JsonNode waarde) {
        try {
            byte[] iv = new byte[IV];
            RANDOM.nextBytes(iv);
            byte[] ct = aes(Cipher.ENCRYPT_MODE, sleutel, iv, aad(persoon, veld), mapper.writeValueAsBytes(waarde));
            byte[] out = ByteBuffer.allocate(IV + ct.length).put(iv).put(ct).array();
            return PREFIX + persoon + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field " + veld + " cannot be written", e);
        }
    }

    /** The field's value; fails if the text was not made with this key for this person and field. */
    public JsonNode ontsleutel(byte[] sleutel, String veld, String tekst) {
        UUID persoon = persoonVan(tekst).orElseThrow(() -> new IllegalArgumentException("not an encrypted field"));
        byte[] in = Base64.getUrlDecoder().decode(tekst.substring(tekst.lastIndexOf(':') + 1));
        byte[] iv = java.util.Arrays.copyOfRange(in, 0, IV);
        byte[] ct = java.util.Arrays.copyOfRange(in, IV, in.length);
        try {
            return mapper.readTree(aes(Cipher.DECRYPT_MODE, sleutel, iv, aad(persoon, veld), ct));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("field " + veld + " decrypted to no JSON", e);
        }
    }

    public static boolean isVersleuteld(JsonNode value) {
        return value != null && value.isTextual() && value.asText().startsWith(PREFIX);
    }

    /** Whose key an encrypted field needs. */
    public static Optional<UUID> persoonVan(String tekst) {
        if (tekst == null || !tekst.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = tekst.indexOf(':', PREFIX.length());
        try {
            return end < 0 ? Optional.empty() : Optional.of(UUID.fromString(tekst.substring(PREFIX.length(), end)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** AES-GCM with associated data; also used to wrap data keys under the master key. */
    static byte[] aes(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
                    + " failed: " + e.getClass().getSimpleName());
        }
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] aad(UUID persoon, String veld) {
        return (persoon + "/" + veld).getBytes(StandardCharsets.UTF_8);
    }
}
