package io.camelai.qianfan.chat;

import java.util.Map;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.config.OptionScope;
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
        return checked(key, option, value, null);
    }

    /** Like {@link #checked(String, String, Object)}, with the range of this exchange's model. */
    QianfanRequestBody checked(String key, String option, Object value, OptionScope model) {
        OptionValidator.check(QianfanConfiguration.class, option, value, model);
        return fill(key, value);
    }

    /**
     * The model whose ranges apply to this exchange: a CamelAiModel header naming another model than the endpoint's
     * has the endpoint's options checked again for it (ChatLaw takes temperatures the ERNIE models reject).
     */
    static OptionScope modelScope(ChatCall call) {
        QianfanConfiguration cfg = (QianfanConfiguration) call.configuration();
        if (call.model() == null) {
            return cfg.optionScope();
        }
        OptionScope scope = OptionScope.model(call.model());
        OptionValidator.validate(cfg, scope);
        return scope;
    }
}
