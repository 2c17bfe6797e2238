package io.camelai.examples.tools;

import java.util.Map;

import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;

/**
 * The flight lookup of the function-calling example in "How to use Cohere Command chat models" of the Azure AI
 * documentation (https://learn.microsoft.com/azure/ai-studio/how-to/deploy-models-cohere-command), as a bean tool.
 */
public class FlightTools {

    @AiTool(name = "get_flight_info", description = "Returns information about the next flight between two cities. This includes the name of"
            + " the airline, flight number and the date and time of the next flight")
    public Map<String, String> nextFlight(
            @AiToolParam(name = "origin_city", description = "The name of the city where the flight originates") String origin,
            @AiToolParam(name = "destination_city", description = "The flight destination city") String destination) {
        if (origin.toLowerCase().contains("seattle") && destination.toLowerCase().contains("miami")) {
            return Map.of("airline", "Delta", "flight_number", "DL123", "flight_date", "May 7th, 2024",
                    "flight_time", "10:00AM");
        }
        return Map.of("error", "No flights found between " + origin + " and " + destination);
    }
}
