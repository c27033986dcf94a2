package uk.nhs.workforce.platform;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.spin.json.SpinJsonNode;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The engine REST API as Camunda configures it, with one change: a Spin {@code Json} variable is
 * answered as its JSON text, the same as with {@code deserializeValues=false}, instead of the Spin
 * node's Java bean properties ({@code {"array":true,"nodeType":"ARRAY",...}}), which no client can use.
 * The processes' JSON outputs (CONTRACT §4) are Json variables.
 */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
        configuration.remove(JacksonConfigurator.class);
        registerClasses(configuration);
        register(SpinJsonAsTextObjectMapper.class);
        register(JacksonFeature.class);
    }

    /** Camunda's REST object mapper plus a serializer that writes a Spin JSON node as its JSON text. */
    @Provider
    public static class SpinJsonAsTextObjectMapper implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper())
                .registerModule(new SimpleModule("spin-json-as-text").addSerializer(new SpinJsonSerializer()));

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    static class SpinJsonSerializer extends StdSerializer<SpinJsonNode> {

        SpinJsonSerializer() {
            super(SpinJsonNode.class);
        }

        @Override
        public void serialize(SpinJsonNode node, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(node.toString());
        }
    }
}
