package io.camelai.support.output;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiOutputParseException;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.json.AiJson;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An outputClass's schema, and how an answer is parsed into the class (or into JSON with outputType=json). */
class StructuredOutputTest {

    private final CamelContext context = new DefaultCamelContext();
    private final Exchange exchange = new DefaultExchange(context);

    /** The smallest configuration: the options every component has. */
    static final class Config extends AiConfiguration {
        @Override
        public String getBaseUrl() {
            return "http://localhost";
        }

        @Override
        public String getModel() {
            return "m";
        }
    }

    private StructuredOutput output(String outputClass, String outputType) {
        Config c = new Config();
        c.setOutputClass(outputClass);
        c.setOutputType(outputType);
        return StructuredOutput.of(context, c);
    }

    private StructuredOutput output(Class<?> type) {
        return output(type.getName(), null);
    }

    @Test
    void aRecordsSchemaRequiresEveryPropertyInDeclarationOrderAndForbidsOthersOnEveryObject() {
        assertEquals(AiJson.readTree("""
                {"type":"object","properties":{
                  "city":{"type":"string"},"days":{"type":"integer"},"rating":{"type":"number"},
                  "sunny":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string"}},
                  "unit":{"type":"string","enum":["CELSIUS","FAHRENHEIT"]},
                  "address":{"type":"object","properties":{
                      "street":{"type":"string","description":"Street and number"},"city":{"type":"string"}},
                    "required":["street","city"],"additionalProperties":false}},
                 "required":["city","days","rating","sunny","tags","unit","address"],
                 "additionalProperties":false}"""), output(OutputTypes.Forecast.class).schema());
        assertEquals("Forecast", output(OutputTypes.Forecast.class).schemaName());
    }

    @Test
    void aPojosSchemaFollowsItsJacksonAnnotations() {
        assertEquals(AiJson.readTree("""
                {"type":"object","properties":{"full_name":{"type":"string"},"age":{"type":"integer"}},
                 "required":["full_name","age"],"additionalProperties":false}"""),
                output(OutputTypes.Person.class).schema());
    }

    @Test
    void aMapKeepsItsValueSchemaAnOptionalIsANullableTypeAndADateAnIsoString() throws Exception {
        assertEquals(AiJson.readTree("""
                {"type":"object","properties":{
                  "counts":{"type":"object","additionalProperties":{"type":"integer"}},
                  "note":{"type":["string","null"]},"day":{"type":"string","format":"date"}},
                 "required":["counts","note","day"],"additionalProperties":false}"""),
                output(OutputTypes.Tally.class).schema());
        assertEquals(new OutputTypes.Tally(java.util.Map.of("a", 2), java.util.Optional.of("n"),
                java.time.LocalDate.of(2026, 1, 31)),
                output(OutputTypes.Tally.class).parse("{\"counts\":{\"a\":2},\"note\":\"n\",\"day\":\"2026-01-31\"}",
                        exchange));
    }

    @Test
    void anAnswerParsesIntoTheRecord() throws Exception {
        Object body = output(OutputTypes.Forecast.class).parse("""
                {"city":"Lisbon","days":3,"rating":4.5,"sunny":true,"tags":["warm"],"unit":"CELSIUS",
                 "address":{"street":"Rua 1","city":"Lisbon"}}""", exchange);
        assertEquals(new OutputTypes.Forecast("Lisbon", 3, 4.5, true, List.of("warm"), OutputTypes.Unit.CELSIUS,
                new OutputTypes.Address("Rua 1", "Lisbon")), body);
    }

    @Test
    void anAnswerParsesIntoThePojoIgnoringPropertiesTheClassDoesNotHave() throws Exception {
        OutputTypes.Person p = (OutputTypes.Person) output(OutputTypes.Person.class)
                .parse("{\"full_name\":\"Ada\",\"age\":36,\"extra\":1,\"internalNote\":\"x\"}", exchange);
        assertEquals("Ada", p.getName());
        assertEquals(36, p.getAge());
        assertNull(p.getInternalNote(), "an ignored property is never set from the answer");
    }

    @Test
    void aMissingPropertyStaysNullAndOneMarkdownFenceIsRemoved() throws Exception {
        OutputTypes.Person p = (OutputTypes.Person) output(OutputTypes.Person.class)
                .parse("```json\n{\"full_name\":\"Ada\"}\n```", exchange);
        assertEquals("Ada", p.getName());
        assertNull(p.getAge());
    }

    @Test
    void anAnswerThatDoesNotParseFailsNamingTheClassWithTheAnswerBoundedInTheMessageAndWholeInTheGetter() {
        String answer = "Sure! Here is the forecast: " + "sunny ".repeat(100);
        AiOutputParseException e = assertThrows(AiOutputParseException.class,
                () -> output(OutputTypes.Forecast.class).parse(answer, exchange));
        assertTrue(e.getMessage().startsWith("The model's answer does not parse into "
                + OutputTypes.Forecast.class.getName() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("answer (" + answer.length() + " chars): Sure! Here is the forecast"),
                e.getMessage());
        assertFalse(e.getMessage().contains(answer), "the answer is cut in the message");
        assertTrue(e.getMessage().contains(answer.substring(0, AiOutputParseException.MESSAGE_CHARS) + "..."),
                e.getMessage());
        assertEquals(answer, e.getRawAnswer());
        assertEquals(OutputTypes.Forecast.class.getName(), e.getTarget());
        assertSame(exchange, e.getExchange());
    }

    @Test
    void jsonOfTheWrongShapeAndTrailingTextFailToo() {
        StructuredOutput forecast = output(OutputTypes.Forecast.class);
        assertThrows(AiOutputParseException.class, () -> forecast.parse("{\"days\":\"many\"}", exchange));
        assertThrows(AiOutputParseException.class, () -> forecast.parse("{\"city\":\"Oslo\"} and more", exchange));
        AiOutputParseException empty = assertThrows(AiOutputParseException.class, () -> forecast.parse("", exchange));
        assertTrue(empty.getMessage().contains("the answer is empty"), empty.getMessage());
    }

    @Test
    void outputTypeJsonGivesAJsonNodeWithoutASchema() throws Exception {
        StructuredOutput json = output(null, "json");
        assertNull(json.schema());
        assertEquals(AiJson.readTree("{\"a\":[1,2]}"), assertInstanceOf(JsonNode.class,
                json.parse("{\"a\":[1,2]}", exchange)));
        AiOutputParseException e = assertThrows(AiOutputParseException.class, () -> json.parse("not json", exchange));
        assertTrue(e.getMessage().startsWith("The model's answer does not parse into JSON: "), e.getMessage());
    }

    @Test
    void withoutEitherOptionTheAnswerStaysText() {
        assertSame(StructuredOutput.TEXT, output(null, null));
        assertSame(StructuredOutput.TEXT, output(null, "text"));
    }

    @Test
    void aClassThatIsMissingOrNoRecordOrPojoFailsNamingTheOption() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> output("com.example.Nope", null));
        assertEquals("Option outputClass: class com.example.Nope not found", missing.getMessage());
        for (Class<?> bad : List.of(String.class, OutputTypes.NotAClass.class, OutputTypes.Unit.class,
                java.util.HashMap.class)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> output(bad));
            assertTrue(e.getMessage().startsWith("Option outputClass must name a record or POJO class"),
                    e.getMessage());
        }
    }
}
