package io.camelai.qianfan.chat;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.config.OptionScope;
import io.camelai.support.config.OptionValidator;

/** The model whose option ranges apply to one exchange. */
final class QianfanModelScope {

    private QianfanModelScope() {
    }

    /**
     * The model whose ranges apply to this exchange: a CamelAiModel header naming another model than the endpoint's
     * has the endpoint's options checked again for it (ChatLaw takes temperatures the ERNIE models reject).
     */
    static OptionScope of(ChatCall call) {
        QianfanConfiguration cfg = (QianfanConfiguration) call.configuration();
        if (call.model() == null) {
            return cfg.optionScope();
        }
        OptionScope scope = OptionScope.model(call.model());
        OptionValidator.validate(cfg, scope);
        return scope;
    }
}
