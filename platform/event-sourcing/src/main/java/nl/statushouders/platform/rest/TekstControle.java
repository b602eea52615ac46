package nl.statushouders.platform.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Text in a JSON body may not hold control characters (other than tab and line breaks, which free texts
 * need) or bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069): they hide or reorder
 * what a colleague reads on screen (a name that displays differently from what is stored). Checked on
 * every string and field name of every JSON request before it is read, with the field named in a 400.
 * Malformed JSON is left to the reader, whose Dutch problem says so.
 */
@Provider
public class TekstControle implements ReaderInterceptor {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String veld = verbodenTekst(body);
        if (veld != null) {
            throw new WebApplicationException(Problem.response(400, "Ongeldige invoer",
                    "Tekst mag geen stuurtekens of tekens voor schrijfrichting bevatten.",
                    List.of(new Problem.InvalidParam(veld, "bevat een stuurteken of een teken voor schrijfrichting"))));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The path of the first field whose text (or name) holds a forbidden character, or null. */
    static String verbodenTekst(byte[] body) {
        Deque<String> pad = new ArrayDeque<>();
        Deque<Integer> index = new ArrayDeque<>();
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        if (!toegestaan(p.currentName())) {
                            return pad(pad, p.currentName());
                        }
                    }
                    case VALUE_STRING -> {
                        if (!toegestaan(p.getText())) {
                            String naam = p.getParsingContext().inArray() ? "[" + p.getParsingContext().getCurrentIndex() + "]"
                                    : p.currentName();
                            return pad(pad, naam);
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String naam = p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inArray()
                                ? "[" + p.getParsingContext().getParent().getCurrentIndex() + "]" : p.currentName();
                        if (naam != null) {
                            pad.addLast(naam);
                        }
                        index.push(naam == null ? 0 : 1);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!index.isEmpty() && index.pop() == 1) {
                            pad.removeLast();
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            return null; // malformed: the reader answers with its own 400
        }
        return null;
    }

    private static String pad(Deque<String> pad, String laatste) {
        StringBuilder s = new StringBuilder();
        for (String deel : pad) {
            s.append(s.isEmpty() || deel.startsWith("[") ? "" : ".").append(deel);
        }
        if (laatste != null) {
            s.append(s.isEmpty() || laatste.startsWith("[") ? "" : ".").append(laatste);
        }
        return s.isEmpty() ? "body" : s.toString();
    }

    static boolean toegestaan(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return false;
            }
        }
        return true;
    }
}
