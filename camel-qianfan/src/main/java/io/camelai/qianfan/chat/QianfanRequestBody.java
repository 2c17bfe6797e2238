package io.camelai.qianfan.chat;

import java.util.Map;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.support.config.OptionValidator;

/** Fills a request body map: a key the caller's own request set is kept, else the first non-null value is put. */
final class QianfanRequestBody {

    private final Map<String, Object> body;

    QianfanRequestBody(Map<String, Object> body) {
        this.body = body;
    }

    Map<String, Object> map() {
        return body;
    }

    QianfanRequestBody fill(String key, Object... values) {
        if (!body.containsKey(key)) {
            for (Object v : values) {
                if (v != null) {
                    body.put(key, v);
                    break;
                }
            }
        }
        return this;
    }

    /** Like {@link #fill} for a value that overrides an option: checked against the option's range first. */
    QianfanRequestBody checked(String key, String option, Object value) {
        OptionValidator.check(QianfanConfiguration.class, option, value);
        return fill(key, value);
    }
}
