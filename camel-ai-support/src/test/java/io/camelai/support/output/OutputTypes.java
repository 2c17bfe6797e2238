package io.camelai.support.output;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Output classes of the structured-output tests: a record with nested types, and a POJO with Jackson annotations. */
public final class OutputTypes {

    private OutputTypes() {}

    public enum Unit {
        CELSIUS, FAHRENHEIT
    }

    public record Address(@JsonPropertyDescription("Street and number") String street, String city) {}

    public record Forecast(String city, int days, double rating, boolean sunny, List<String> tags, Unit unit,
            Address address) {}

    public static class Person {
        @JsonProperty("full_name")
        private String name;
        private Integer age;
        @JsonIgnore
        private String internalNote;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getAge() {
            return age;
        }

        public void setAge(Integer age) {
            this.age = age;
        }

        public String getInternalNote() {
            return internalNote;
        }

        public void setInternalNote(String internalNote) {
            this.internalNote = internalNote;
        }
    }

    public record Tally(java.util.Map<String, Integer> counts, java.util.Optional<String> note,
            java.time.LocalDate day) {}

    public interface NotAClass {}
}
