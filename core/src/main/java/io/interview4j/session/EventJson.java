package io.interview4j.session;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.interview4j.InterviewException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The JSON form of session events, shared by every store so that a session written by one can be read by
 * another. Instants and durations are ISO-8601 strings; unknown properties are ignored so that older
 * readers accept newer events.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = newMapper();

    private EventJson() {
    }

    /**
     * @return a new mapper configured for interview4j's values (events, plans, evaluations, reports); callers
     *     may configure their copy further
     */
    public static ObjectMapper newMapper() {
        SimpleModule time = new SimpleModule("interview4j-time");
        time.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        time.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Instant.parse(p.getValueAsString());
            }
        });
        time.addSerializer(Duration.class, new JsonSerializer<>() {
            @Override
            public void serialize(Duration v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        time.addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Duration.parse(p.getValueAsString());
            }
        });
        return new ObjectMapper()
                .registerModule(time)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * @param event an event
     * @return its JSON text
     * @throws InterviewException when it cannot be written (a bug)
     */
    public static String write(SessionEvent event) {
        try {
            return MAPPER.writerFor(SessionEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new InterviewException("cannot write event " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param json an event's JSON text
     * @return the event
     * @throws InterviewException naming the problem when the text is not a known event
     */
    public static SessionEvent read(String json) {
        try {
            return MAPPER.readValue(json, SessionEvent.class);
        } catch (JsonProcessingException e) {
            throw new InterviewException("cannot read stored event: " + e.getOriginalMessage(), e);
        }
    }
}
