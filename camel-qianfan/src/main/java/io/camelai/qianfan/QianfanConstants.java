package io.camelai.qianfan;

import io.camelai.support.AiHeaders;
import org.apache.camel.spi.Metadata;

/** Headers of the qianfan component: the shared {@code CamelAi*} headers and Qianfan's own. */
public final class QianfanConstants implements AiHeaders {

    public static final String SCHEME = "qianfan";
    public static final String DEFAULT_V1_URL = "https://aip.baidubce.com";
    public static final String DEFAULT_V2_URL = "https://qianfan.baidubce.com";
    public static final String DEFAULT_OAUTH_URL = "https://aip.baidubce.com";
    public static final String DEFAULT_IAM_URL = "https://iam.bj.baidubce.com";
    public static final String ACCESS_KEY_ENV = "QIANFAN_ACCESS_KEY";
    public static final String SECRET_KEY_ENV = "QIANFAN_SECRET_KEY";
    public static final String APP_KEY_ENV = "QIANFAN_AK";
    public static final String APP_SECRET_ENV = "QIANFAN_SK";
    public static final String BEARER_TOKEN_ENV = "QIANFAN_BEARER_TOKEN";

    @Metadata(label = INPUT, description = "The end user's id for this exchange (user_id), overriding the userId"
            + " option.", javaType = "String")
    public static final String USER_ID = "CamelQianfanUserId";
    @Metadata(label = OUTPUT, description = "v1: whether the answer was truncated (is_truncated).", javaType = "Boolean")
    public static final String IS_TRUNCATED = "CamelQianfanIsTruncated";
    @Metadata(label = OUTPUT, description = "v1: whether the conversation must be cleared before the next turn"
            + " (need_clear_history): the input was unsafe.", javaType = "Boolean")
    public static final String NEED_CLEAR_HISTORY = "CamelQianfanNeedClearHistory";
    @Metadata(label = OUTPUT, description = "v1: with need_clear_history, the round to clear from (ban_round; -1"
            + " is the current one).", javaType = "Integer")
    public static final String BAN_ROUND = "CamelQianfanBanRound";
    @Metadata(label = OUTPUT, description = "v1: the search results behind the answer (search_info), with"
            + " enableCitation or enableTrace.", javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String SEARCH_INFO = "CamelQianfanSearchInfo";
    @Metadata(label = OUTPUT, description = "v1: the safety flag (flag) when the response carries one.", javaType = "Integer")
    public static final String FLAG = "CamelQianfanFlag";
    @Metadata(label = OUTPUT, description = "v1: the model's reasoning before a function call"
            + " (function_call.thoughts).", javaType = "String")
    public static final String FUNCTION_THOUGHTS = "CamelQianfanFunctionThoughts";

    private QianfanConstants() {}
}
