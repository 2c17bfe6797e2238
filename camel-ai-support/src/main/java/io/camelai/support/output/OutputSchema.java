package io.camelai.support.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JsonPropertySorter;

/**
 * The JSON Schema of an output class (a record or a POJO), as the structured-output modes of the providers accept it
 * in their strict form: every property required, {@code additionalProperties: false} on every object, no
 * {@code $schema} keyword. Property names, order ({@code @JsonPropertyOrder}, else declaration order), descriptions ({@code @JsonPropertyDescription}) and ignored
 * properties follow the class's Jackson annotations, so the schema describes exactly what {@link StructuredOutput}
 * parses. A type used more than once (or recursively) is defined once under {@code $defs} and referenced. A
 * {@code Map} property is an object whose {@code additionalProperties} is the value's schema, which strict modes
 * (that want every key declared) may refuse: a list of records is the portable form.
 */
public final class OutputSchema {

    private final SchemaGenerator generator;

    public OutputSchema(ObjectMapper mapper) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                // a Map keeps its entries: additionalProperties is the value's schema (strict modes may refuse it)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // @JsonPropertyOrder, else the order the class declares: a model writes the properties in the schema's order
        config.forTypesInGeneral().withPropertySorter(new JsonPropertySorter(false));
        // strict mode: each property is required (a value the model may leave out is a nullable type instead)
        config.forFields().withRequiredCheck(field -> true);
        this.generator = new SchemaGenerator(config.build());
    }

    /** The schema of a class. */
    public ObjectNode of(Class<?> type) {
        return generator.generateSchema(type);
    }
}
