package nl.statushouders.intake.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * The inzage export as a plain, readable HTML page (for the data subject, printable): the same JSON,
 * as nested lists with the field names as labels. Everything is escaped; the page has no scripts.
 */
final class InzageHtml {

    private InzageHtml() {
    }

    static String pagina(JsonNode export) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="nl"><head><meta charset="utf-8"><title>Inzage in persoonsgegevens</title>
                <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}
                dt{font-weight:bold}dd{margin:0 0 .4em 1.5em}section{border-top:1px solid #999;margin-top:1.5em}</style>
                </head><body><h1>Inzage in persoonsgegevens (AVG artikel 15)</h1>
                """);
        html.append("<p>Statushouder ").append(tekst(export.path("statushouderId").asText()))
                .append(", opgesteld op ").append(tekst(export.path("opgesteldOp").asText())).append(".</p>");
        for (JsonNode deel : export.path("delen")) {
            html.append("<section><h2>").append(tekst(deel.path("dienst").asText())).append("</h2>");
            html.append("<h3>Gegevens</h3>");
            waarde(html, deel.path("gegevens"));
            html.append("<h3>Verwerkingen</h3>");
            waarde(html, deel.path("verwerkingen"));
            html.append("</section>");
        }
        if (export.path("zonderGegevens").size() > 0) {
            html.append("<p>Geen gegevens bij: ");
            Iterator<JsonNode> it = export.path("zonderGegevens").elements();
            while (it.hasNext()) {
                html.append(tekst(it.next().asText())).append(it.hasNext() ? ", " : "");
            }
            html.append(".</p>");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void waarde(StringBuilder html, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            html.append("<p>geen</p>");
        } else if (node.isObject()) {
            html.append("<dl>");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                html.append("<dt>").append(tekst(f.getKey())).append("</dt><dd>");
                waarde(html, f.getValue());
                html.append("</dd>");
            }
            html.append("</dl>");
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                html.append("<p>geen</p>");
                return;
            }
            html.append("<ol>");
            for (JsonNode item : node) {
                html.append("<li>");
                waarde(html, item);
                html.append("</li>");
            }
            html.append("</ol>");
        } else {
            html.append(tekst(node.asText()));
        }
    }

    static String tekst(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
