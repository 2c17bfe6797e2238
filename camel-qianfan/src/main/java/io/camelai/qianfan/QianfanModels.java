package io.camelai.qianfan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.camelai.support.config.PathSegments;
import io.camelai.support.config.Printable;

/**
 * The v1 model name to URL endpoint table of the Qianfan SDKs: {@code ERNIE-4.0-8K} is served at
 * {@code .../chat/completions_pro}. Lookup ignores case; a name not in the table is served at its lower-cased name.
 * A name is checked before it becomes a URL path segment: a bad one fails naming the header or option it came from.
 */
public final class QianfanModels {

    private static final Pattern NAME = Pattern.compile("(?=.*[A-Za-z0-9])[A-Za-z0-9._ \\-]{1,64}");
    private static final Map<String, String> CHAT = new HashMap<>();
    private static final Map<String, String> EMBEDDINGS = new HashMap<>();

    static {
        chat("completions_pro", "ERNIE-4.0-8K", "ERNIE-Bot-4");
        chat("ernie-4.0-8k-preview", "ERNIE-4.0-8K-Preview");
        chat("completions_adv_pro", "ERNIE-4.0-8K-Preview-0518");
        chat("ernie-4.0-8k-latest", "ERNIE-4.0-8K-Latest");
        chat("ernie-4.0-8k-0329", "ERNIE-4.0-8K-0329");
        chat("ernie-4.0-8k-0104", "ERNIE-4.0-8K-0104");
        chat("ernie-4.0-8k-0613", "ERNIE-4.0-8K-0613");
        chat("ernie-4.0-turbo-8k", "ERNIE-4.0-Turbo-8K");
        chat("ernie-4.0-turbo-8k-latest", "ERNIE-4.0-Turbo-8K-Latest");
        chat("ernie-4.0-turbo-8k-preview", "ERNIE-4.0-Turbo-8K-Preview");
        chat("completions_pro_preemptible", "ERNIE-4.0-8K-preemptible");
        chat("completions", "ERNIE-3.5-8K", "ERNIE-Bot");
        chat("ernie-3.5-8k-0205", "ERNIE-3.5-8K-0205");
        chat("ernie-3.5-8k-0329", "ERNIE-3.5-8K-0329");
        chat("ernie-3.5-8k-0613", "ERNIE-3.5-8K-0613");
        chat("ernie-3.5-8k-0701", "ERNIE-3.5-8K-0701");
        chat("ernie-3.5-8k-1222", "ERNIE-3.5-8K-1222");
        chat("ernie-3.5-8k-preview", "ERNIE-3.5-8K-Preview");
        chat("ernie-3.5-4k-0205", "ERNIE-3.5-4K-0205");
        chat("ernie-3.5-128k", "ERNIE-3.5-128K");
        chat("completions_preemptible", "ERNIE-3.5-8K-preemptible");
        chat("ernie_bot_8k", "ERNIE-Bot-8k");
        chat("ernie_speed", "ERNIE-Speed-8K", "ERNIE-Speed");
        chat("ernie-speed-128k", "ERNIE-Speed-128K");
        chat("ernie-speed-pro-8k", "ERNIE-Speed-Pro-8K");
        chat("ernie-speed-pro-128k", "ERNIE-Speed-Pro-128K");
        chat("ai_apaas", "ERNIE Speed-AppBuilder", "ERNIE-Bot-turbo-AI", "EB-turbo-AppBuilder");
        chat("ernie-lite-8k", "ERNIE-Lite-8K", "ERNIE-Lite-8K-0308");
        chat("eb-instant", "ERNIE-Lite-8K-0922", "ERNIE-Bot-turbo");
        chat("ai_apaas_lite", "ERNIE-Lite-AppBuilder-8K-0614");
        chat("ernie-lite-pro-8k", "ERNIE-Lite-Pro-8K");
        chat("ernie-lite-v", "ERNIE-Lite-V");
        chat("ernie-tiny-8k", "ERNIE-Tiny-8K");
        chat("ernie-char-8k", "ERNIE-Character-8K", "ERNIE-Character-8K-0321");
        chat("ernie-char-fiction-8k", "ERNIE-Character-Fiction-8K");
        chat("ernie-func-8k", "ERNIE-Functions-8K", "ERNIE-Function-8K");
        chat("ernie-novel-8k", "ERNIE-Novel-8K");
        chat("qianfan-dynamic-8k", "Qianfan-Dynamic-8K");
        chat("gemma_7b_it", "Gemma-7B-it");
        chat("yi_34b_chat", "Yi-34B-Chat");
        chat("bloomz_7b1", "BLOOMZ-7B");
        chat("qianfan_bloomz_7b_compressed", "Qianfan-BLOOMZ-7B-compressed");
        chat("mixtral_8x7b_instruct", "Mixtral-8x7B-Instruct");
        chat("llama_2_7b", "Llama-2-7B-Chat");
        chat("llama_2_13b", "Llama-2-13B-Chat");
        chat("llama_2_70b", "Llama-2-70B-Chat");
        chat("llama_3_8b", "Meta-Llama-3-8B-Instruct");
        chat("llama_3_70b", "Meta-Llama-3-70B-Instruct");
        chat("qianfan_chinese_llama_2_7b", "Qianfan-Chinese-Llama-2-7B");
        chat("qianfan_chinese_llama_2_13b", "Qianfan-Chinese-Llama-2-13B", "Qianfan-Chinese-Llama-2-13B-v1");
        chat("qianfan_chinese_llama_2_70b", "Qianfan-Chinese-Llama-2-70B");
        chat("chatglm2_6b_32k", "ChatGLM2-6B-32K");
        chat("xuanyuan_70b_chat", "XuanYuan-70B-Chat-4bit");
        chat("chatlaw", "ChatLaw");
        chat("aquilachat_7b", "AquilaChat-7B");
        EMBEDDINGS.put("embedding-v1", "embedding-v1");
        EMBEDDINGS.put("bge-large-zh", "bge_large_zh");
        EMBEDDINGS.put("bge-large-en", "bge_large_en");
        EMBEDDINGS.put("tao-8k", "tao_8k");
    }

    private QianfanModels() {}

    private static void chat(String endpoint, String... names) {
        for (String n : names) {
            CHAT.put(n.toLowerCase(Locale.ROOT), endpoint);
        }
    }

    /**
     * The chat URL endpoint of a model name.
     *
     * @param source where the name came from, for the message: {@code header CamelAiModel}, {@code option model}
     */
    public static String chatEndpoint(String source, String model) {
        return lookup(CHAT, source, model, "chat");
    }

    /** The embeddings URL endpoint of a model name; see {@link #chatEndpoint}. */
    public static String embeddingsEndpoint(String source, String model) {
        return lookup(EMBEDDINGS, source, model, "embeddings");
    }

    /**
     * Checks a v1 model name: letters, digits, '.', '_', '-' and spaces, with at least one letter or digit (so never
     * a dot-segment such as {@code ..}); it names the last segment of the request's URL path.
     */
    public static String checkName(String source, String model) {
        if (model == null || !NAME.matcher(model).matches()) {
            throw new IllegalArgumentException("Invalid value '" + Printable.of(model) + "' for " + source
                    + ": a Qianfan v1 model is a name from the Qianfan model list (e.g."
                    + " ERNIE-4.0-8K, ERNIE-3.5-8K, ERNIE-Speed-128K): letters, digits,"
                    + " '.', '_', '-' and spaces, at most 64, with a letter or digit. For"
                    + " a self-deployed service set the endpoint option instead");
        }
        return model;
    }

    private static String lookup(Map<String, String> table, String source, String model, String kind) {
        String lower = checkName(source, model).toLowerCase(Locale.ROOT);
        // models newer than the SDK tables are served at their lower-cased name (ernie-4.0-turbo-128k, ...)
        String endpoint = table.getOrDefault(lower, lower.replace(' ', '-'));
        return PathSegments.check(source + " (the " + kind + " URL endpoint of the model)", endpoint);
    }
}
