package io.camelai.examples.tools;

import org.apache.camel.builder.RouteBuilder;

/**
 * Tool calling two ways: a bean's {@code @AiTool} method run by the producer's automatic loop, and a route that is a
 * tool ({@code llm-tool:}), run the same way.
 */
public final class ToolRoutes extends RouteBuilder {

    @Override
    public void configure() {
        getContext().getRegistry().bind("flights", new FlightTools());

        from("direct:travel")
                .to("cohere:chat?tools=#flights,get_weather&maxToolIterations=5")
                .log("Answer after ${header.CamelAiModelCalls} model calls: ${body}");

        from("llm-tool:get_weather?description=The current weather in a city"
                + "&parameter.city=string&parameter.city.required=true&parameter.city.description=The city name")
                .log("Weather tool called for ${header.city}")
                .setBody(simple("{\"city\":\"${header.city}\",\"sky\":\"sunny\",\"celsius\":24}"));
    }
}
