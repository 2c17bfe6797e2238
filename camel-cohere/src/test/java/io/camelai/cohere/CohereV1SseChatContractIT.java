package io.camelai.cohere;

/** The same contract with v1 streams framed as SSE (the Accepts: text/event-stream request header). */
class CohereV1SseChatContractIT extends CohereV1ChatContractIT {

    @Override
    protected String chatUri() {
        return super.chatUri() + "&streamFormat=sse";
    }
}
