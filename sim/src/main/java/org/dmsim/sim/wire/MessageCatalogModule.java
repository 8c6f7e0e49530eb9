package org.dmsim.sim.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.dmsim.model.entity.MessageCatalog;
import org.dmsim.model.event.Message;

/**
 * A Jackson module, registered through {@code akka.serialization.jackson.jackson-modules}, that
 * lets model records travel without Jackson annotations in the model:
 *
 * <ul>
 *   <li>every {@link Message} is written with a {@code @type} property holding its simple name, and
 *       only the types in {@link MessageCatalog} are accepted back (Akka forbids class names on the
 *       wire);</li>
 *   <li>every record's canonical constructor is its properties creator, so one-component records are
 *       not mistaken for delegating creators (Jackson 2.11, which Akka 2.6.21 pins, predates
 *       Jackson's own record support).</li>
 * </ul>
 */
public final class MessageCatalogModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with every catalogued message type registered by name. */
  public MessageCatalogModule() {
    super("dmsim-message-catalog");
    setMixInAnnotation(Message.class, MessageTypeInfo.class);
    for (Map.Entry<String, Class<? extends Message>> type : MessageCatalog.concreteTypes().entrySet()) {
      registerSubtypes(new NamedType(type.getValue(), type.getKey()));
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new RecordCreators());
  }

  /** Mix-in that gives {@link Message} name-based polymorphic typing. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
  abstract static class MessageTypeInfo {}

  /** Treats a record's canonical constructor as its properties-based creator. */
  static final class RecordCreators extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonCreator.Mode findCreatorAnnotation(MapperConfig<?> config, Annotated annotated) {
      if (annotated instanceof AnnotatedConstructor ctor && ctor.getDeclaringClass().isRecord()) {
        RecordComponent[] components = ctor.getDeclaringClass().getRecordComponents();
        if (components.length > 0 && components.length == ctor.getParameterCount()) {
          for (int i = 0; i < components.length; i++) {
            if (components[i].getType() != ctor.getRawParameterType(i)) {
              return null;
            }
          }
          return JsonCreator.Mode.PROPERTIES;
        }
      }
      return null;
    }
  }
}
