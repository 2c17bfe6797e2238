package io.camelai.support.convert;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ContentPart;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.tools.ToolArguments;
import org.apache.camel.CamelContext;
import org.apache.camel.TypeConversionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Maps and JSON text become chat messages through Camel's type converter (the generated loader registers them). */
class ChatMessageConverterTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    private <T> T convert(Class<T> type, Object value) throws Exception {
        return context.getTypeConverter().mandatoryConvertTo(type, value);
    }

    private String refusal(Class<?> type, Object value) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> convert(type, value));
        return e.getCause().getMessage();
    }

    @Test
    void aMapOfRoleAndContentIsAMessageOfThatRole() throws Exception {
        assertEquals(ChatMessage.system("Be brief"), convert(ChatMessage.class,
                Map.of("role", "system", "content", "Be brief")));
        assertEquals(ChatMessage.user("Hi"), convert(ChatMessage.class, Map.of("role", "User", "content", "Hi")));
        assertEquals(ChatMessage.assistant("Hello"),
                convert(ChatMessage.class, Map.of("role", "assistant", "content", "Hello")));
    }

    @Test
    void aContentListOfTextAndImageUrlPartsIsAUserMessageWithThoseParts() throws Exception {
        ChatMessage m = convert(ChatMessage.class, """
                {"role":"user","content":[{"type":"text","text":"What is this?"},
                  {"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}""");

        assertEquals(ChatMessage.user(null, List.of(ContentPart.text("What is this?"),
                ContentPart.imageUrl("https://example.com/cat.png"))), m);
    }

    @Test
    void anImagePartThatIsNotAnHttpUrlOrOnAnotherRoleIsRefused() {
        assertTrue(refusal(ChatMessage.class, """
                {"role":"user","content":[{"type":"image_url","image_url":{"url":"file:///etc/passwd"}}]}""")
                .contains("http"));
        assertTrue(refusal(ChatMessage.class, """
                {"role":"system","content":[{"type":"text","text":"x"}]}""").contains("user messages"));
        assertTrue(refusal(ChatMessage.class, """
                {"role":"user","content":[{"type":"audio","data":"x"}]}""").contains("content part"));
    }

    @Test
    void anAssistantTurnKeepsItsToolCallsAndAToolMessageItsCallId() throws Exception {
        ChatMessage turn = convert(ChatMessage.class, Map.of("role", "assistant", "tool_plan", "I will look it up",
                "tool_calls", List.of(
                        Map.of("id", "call_1", "name", "get_weather", "arguments", Map.of("city", "Paris")),
                        Map.of("id", "call_2", "type", "function",
                                "function", Map.of("name", "get_time", "arguments", "{\"zone\":\"CET\"}")))));
        assertEquals(Role.ASSISTANT, turn.role());
        assertEquals("I will look it up", turn.toolPlan());
        assertEquals(List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
                new ToolCall("call_2", "get_time", "{\"zone\":\"CET\"}")), turn.toolCalls());

        ChatMessage result = convert(ChatMessage.class, Map.of("role", "tool", "toolCallId", "call_1",
                "name", "get_weather", "content", "{\"sky\":\"clear\"}"));
        assertEquals(ChatMessage.tool("call_1", "get_weather", "{\"sky\":\"clear\"}"), result);
    }

    @Test
    void jsonTextIsAMessageAndAJsonArrayAConversation() throws Exception {
        assertEquals(ChatMessage.user("Hi"), convert(ChatMessage.class, "{\"role\":\"user\",\"content\":\"Hi\"}"));
        ChatMessage[] conversation = convert(ChatMessage[].class, """
                [{"role":"system","content":"Be brief"},{"role":"user","content":"Hi"}]""");
        assertArrayEquals(new ChatMessage[]{ChatMessage.system("Be brief"), ChatMessage.user("Hi")},
                conversation);
        assertEquals(List.of(ChatMessage.system("Be brief"), ChatMessage.user("Hi")),
                convert(List.class, conversation), "Camel's own array converter makes it a List<ChatMessage>");
    }

    @Test
    void aListOfMapsAndMessagesIsAConversationInOrder() throws Exception {
        ChatMessage[] conversation = convert(ChatMessage[].class,
                List.of(ChatMessage.system("Be brief"), Map.of("role", "user", "content", "Hi")));
        assertEquals(List.of(ChatMessage.system("Be brief"), ChatMessage.user("Hi")), Arrays.asList(conversation));
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheAllowedRoles() {
        assertEquals("Unknown chat message role 'developer'; allowed roles are system, user, assistant, tool",
                refusal(ChatMessage.class, Map.of("role", "developer", "content", "Obey")));
        assertEquals("A chat message needs a role: one of system, user, assistant, tool",
                refusal(ChatMessage.class, Map.of("content", "Hi")));
    }

    @Test
    void malformedMessagesAreRefusedSayingWhatIsWrong() {
        assertEquals("A chat message map has the unknown key 'contents'; allowed keys are role, content,"
                + " tool_calls, tool_call_id, name, tool_plan",
                refusal(ChatMessage.class, Map.of("role", "user", "contents", "Hi")));
        assertEquals("The content of a chat message must be text, not a java.util.ImmutableCollections$Map1",
                refusal(ChatMessage.class, Map.of("role", "user", "content", Map.of("a", 1))));
        assertEquals("A chat message with the role tool needs the tool_call_id of the call it answers",
                refusal(ChatMessage.class, Map.of("role", "tool", "content", "{}")));
        assertEquals("A chat message with tool_calls must have the role assistant, not user",
                refusal(ChatMessage.class, Map.of("role", "user", "content", "x",
                        "tool_calls", List.of(Map.of("name", "t")))));
        assertEquals("A chat message with the role user needs a content",
                refusal(ChatMessage.class, Map.of("role", "user")));
        assertTrue(refusal(ChatMessage.class, "{\"role\":").startsWith("The text is not a chat message in JSON"));
        assertEquals("A chat message in JSON must be an object {\"role\": ..., \"content\": ...}",
                refusal(ChatMessage.class, "[1]"));
        assertEquals("A conversation holds ChatMessage elements or maps of {role, content, ...}; element 1 is"
                + " java.lang.String", refusal(ChatMessage[].class, List.of(ChatMessage.user("a"), "b")));
        assertEquals("Message 1 of the conversation: Unknown chat message role 'root'; allowed roles are system,"
                + " user, assistant, tool",
                refusal(ChatMessage[].class,
                        List.of(Map.of("role", "user", "content", "a"), Map.of("role", "root", "content", "b"))));
    }

    @Test
    void sizesAreBounded() {
        assertEquals("The content of a chat message is " + (ChatMessageMaps.MAX_CONTENT_CHARS + 1)
                + " characters; at most " + ChatMessageMaps.MAX_CONTENT_CHARS,
                refusal(ChatMessage.class, Map.of("role", "user",
                        "content", "x".repeat(ChatMessageMaps.MAX_CONTENT_CHARS + 1))));
        List<Map<String, String>> tooMany = Collections.nCopies(ChatMessageMaps.MAX_MESSAGES + 1,
                Map.of("role", "user", "content", "hi"));
        assertEquals("A conversation of " + (ChatMessageMaps.MAX_MESSAGES + 1) + " messages is too long; at most "
                + ChatMessageMaps.MAX_MESSAGES, refusal(ChatMessage[].class, tooMany));
        assertTrue(refusal(ChatMessage.class, Map.of("role", "assistant", "tool_calls", List.of(Map.of(
                "name", "t", "arguments", "x".repeat(ToolArguments.MAX_CHARS + 1)))))
                .startsWith("The arguments of a tool call are"));
    }
}
