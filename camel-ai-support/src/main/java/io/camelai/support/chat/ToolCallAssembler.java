package io.camelai.support.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins streamed tool-call fragments into whole calls. Fragments are keyed by their index; the id and name arrive
 * once, the arguments in pieces. A call without an id (Cohere v1, Qianfan v1) gets one made of its name and index.
 */
public final class ToolCallAssembler {

    private final Map<Integer, Partial> calls = new TreeMap<>();

    public void add(ToolCallDelta delta) {
        Partial p = calls.computeIfAbsent(delta.index(), i -> new Partial());
        if (delta.id() != null && !delta.id().isEmpty()) {
            p.id = delta.id();
        }
        if (delta.name() != null && !delta.name().isEmpty()) {
            p.name = delta.name();
        }
        if (delta.argumentsFragment() != null) {
            p.arguments.append(delta.argumentsFragment());
        }
    }

    public boolean isEmpty() {
        return calls.isEmpty();
    }

    /** The calls assembled so far, in index order. */
    public List<ToolCall> toolCalls() {
        List<ToolCall> out = new ArrayList<>(calls.size());
        calls.forEach((index, p) -> {
            if (p.name == null) {
                throw new IllegalStateException("streamed tool call " + index + " never received its name");
            }
            String id = p.id != null ? p.id : p.name + "_" + index;
            out.add(new ToolCall(id, p.name, p.arguments.toString()));
        });
        return out;
    }

    private static final class Partial {
        private String id;
        private String name;
        private final StringBuilder arguments = new StringBuilder();
    }
}
