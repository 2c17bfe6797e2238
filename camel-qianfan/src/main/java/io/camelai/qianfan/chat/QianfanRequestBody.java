package io.camelai.qianfan.chat;

import java.util.Map;
import java.util.Set;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.config.OptionScope;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.json.PassThrough;

/**
 * Fills a request body map: a key the caller's own request set is kept, else the first non-null value is put. Every
 * key the component writes must be one of the declared {@code fields}, which pass-through keys may never name, so
 * a pass-through key can never replace (or, once written, duplicate) a field the component sets.
 */
final class QianfanRequestBody {

    private final Map<String, Object> body;
    private final Set<String> fields;

    QianfanRequestBody(Map<String, Object> body, Set<String> fields) {
        this.body = body;
        this.fields = fields;
    }

    Map<String, Object> map() {
        return body;
    }

    /** Puts a field the component owns (messages, stream), replacing the caller's value. */
    QianfanRequestBody set(String key, Object value) {
        body.put(declared(key), value);
        return this;
    }

    QianfanRequestBody remove(String key) {
        body.remove(declared(key));
        return this;
    }

    QianfanRequestBody fill(String key, Object... values) {
        if (!body.containsKey(declared(key))) {
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

    /** Pass-through keys (checked against the declared fields) for what the caller's request leaves unset. */
    QianfanRequestBody passThrough(String prefix, Map<String, ?> values) {
        PassThrough.putAll(body, prefix, values, fields);
        return this;
    }

    private String declared(String key) {
        if (!fields.contains(key)) {
            throw new IllegalStateException("Body key " + key + " is not among the declared fields " + fields);
        }
        return key;
    }
}
