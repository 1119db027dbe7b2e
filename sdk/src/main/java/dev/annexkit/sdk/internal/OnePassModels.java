package dev.annexkit.sdk.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the generated models straight from the JSON stream, in one pass. The stock okhttp-gson model adapters read
 * an answer into a {@link JsonElement} tree, validate the tree, bind the tree through Gson's reflective adapter, and
 * every nested model repeats all three on a copy of its subtree: most of the SDK's client CPU beyond a plain Gson
 * client (issue 15). This factory keeps what those adapters guarantee, reading each value once:
 * <ul>
 *   <li>a field of the model binds through its type's Gson adapter: nested models come back here, whole numbers
 *       go through {@link WholeNumbers}, enums through their generated adapters (an unknown value becomes the
 *       default case);</li>
 *   <li>a field the model does not know is kept as an additional property, converted exactly as the generated
 *       adapter converts it (string, number, boolean, {@code List} or {@code HashMap});</li>
 *   <li>a value of the wrong JSON kind (an object where a string belongs, a string where an array belongs), a
 *       required field that is missing, or a required field that is {@code null} where the generated validation
 *       refuses it (anything but a number or a boolean), fails with an {@link IllegalArgumentException} naming the
 *       field; {@link ApiCalls} reports it as the answer not matching the contract.</li>
 * </ul>
 * Writing is left to the generated adapter, so the bodies the SDK sends are byte for byte what they were.
 * Only classes with the generated model shape are handled; anything else (oneOf wrappers, hand-written types)
 * falls through to the adapters registered before.
 */
final class OnePassModels implements TypeAdapterFactory {

    private static final String MODEL_PACKAGE = "dev.annexkit.sdk.model";

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!isGeneratedModel(raw)) {
            return null;
        }
        TypeAdapter<T> generated = gson.getDelegateAdapter(this, type);
        return new ModelAdapter<>(gson, raw, generated);
    }

    /** The generated shape: a plain class of the model package with the field lists and additional properties. */
    private static boolean isGeneratedModel(Class<?> raw) {
        if (raw.getSuperclass() != Object.class || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())
                || raw.getPackage() == null || !MODEL_PACKAGE.equals(raw.getPackage().getName())) {
            return false;
        }
        try {
            raw.getDeclaredConstructor();
            raw.getMethod("putAdditionalProperty", String.class, Object.class);
            return Modifier.isStatic(raw.getField("openapiFields").getModifiers())
                    && Modifier.isStatic(raw.getField("openapiRequiredFields").getModifiers());
        } catch (NoSuchMethodException | NoSuchFieldException e) {
            return false;
        }
    }

    /** One field of a model: where it goes and how its value is read. */
    private static final class Binding {
        final String name;
        final Field field;
        final TypeAdapter<?> adapter;
        final int requiredIndex; // -1 when optional
        final boolean nullAllowed;

        Binding(String name, Field field, TypeAdapter<?> adapter, int requiredIndex) {
            this.name = name;
            this.field = field;
            this.adapter = adapter;
            this.requiredIndex = requiredIndex;
            // the generated validation lets a required number or boolean be null, and refuses every other kind
            Class<?> kind = field.getType();
            this.nullAllowed = requiredIndex < 0 || Number.class.isAssignableFrom(kind) || kind == Boolean.class;
        }
    }

    private static final class ModelAdapter<T> extends TypeAdapter<T> {
        private final Gson gson;
        private final Class<?> type;
        private final TypeAdapter<T> generated;
        private final TypeAdapter<JsonElement> elements;
        private final Constructor<?> constructor;
        private final Method putAdditional;
        private final Map<String, Binding> bindings = new HashMap<>();
        private final String[] required;

        ModelAdapter(Gson gson, Class<?> type, TypeAdapter<T> generated) {
            this.gson = gson;
            this.type = type;
            this.generated = generated;
            this.elements = gson.getAdapter(JsonElement.class);
            try {
                this.constructor = type.getDeclaredConstructor();
                this.putAdditional = type.getMethod("putAdditionalProperty", String.class, Object.class);
                List<String> requiredNames = new ArrayList<>(requiredFields(type));
                this.required = requiredNames.toArray(new String[0]);
                for (Field field : type.getDeclaredFields()) {
                    SerializedName name = field.getAnnotation(SerializedName.class);
                    if (name == null || Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    field.setAccessible(true);
                    TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(field.getGenericType()));
                    bindings.put(name.value(), new Binding(name.value(), field, adapter,
                            requiredNames.indexOf(name.value())));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot bind generated model " + type.getName(), e);
            }
        }

        @SuppressWarnings("unchecked")
        private static Set<String> requiredFields(Class<?> type) throws ReflectiveOperationException {
            return (Set<String>) type.getField("openapiRequiredFields").get(null);
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            generated.write(out, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            Object instance = newInstance();
            boolean[] seen = required.length == 0 ? null : new boolean[required.length];
            List<String> extraNames = null;
            List<JsonElement> extraValues = null;
            in.beginObject(); // anything else fails with IllegalStateException, as the generated getAsJsonObject does
            while (in.hasNext()) {
                String name = in.nextName();
                Binding binding = bindings.get(name);
                if (binding == null) {
                    if (extraNames == null) {
                        extraNames = new ArrayList<>();
                        extraValues = new ArrayList<>();
                    }
                    extraNames.add(name);
                    extraValues.add(elements.read(in));
                    continue;
                }
                Object value = readField(in, binding);
                if (binding.requiredIndex >= 0) {
                    seen[binding.requiredIndex] = true;
                }
                set(binding, instance, value);
            }
            in.endObject();
            for (int i = 0; seen != null && i < seen.length; i++) {
                if (!seen[i]) {
                    throw new IllegalArgumentException("The required field `" + required[i] + "` of "
                            + type.getSimpleName() + " is not found in the JSON string");
                }
            }
            if (extraNames != null) {
                for (int i = 0; i < extraNames.size(); i++) {
                    putAdditional(instance, extraNames.get(i), additional(extraValues.get(i)));
                }
            }
            return (T) instance;
        }

        private Object readField(JsonReader in, Binding binding) throws IOException {
            Object value;
            try {
                value = binding.adapter.read(in);
            } catch (IllegalStateException | IllegalArgumentException | JsonParseException e) {
                throw new IllegalArgumentException("The field `" + binding.name + "` of " + type.getSimpleName()
                        + " does not match the contract: " + e.getMessage(), e);
            }
            if (value == null && !binding.nullAllowed) {
                throw new IllegalArgumentException("The required field `" + binding.name + "` of "
                        + type.getSimpleName() + " is null in the JSON string");
            }
            return value;
        }

        /** The generated adapter's conversion of a field the model does not know. */
        private Object additional(JsonElement value) {
            if (value.isJsonPrimitive()) {
                if (value.getAsJsonPrimitive().isString()) {
                    return value.getAsString();
                }
                if (value.getAsJsonPrimitive().isNumber()) {
                    return value.getAsNumber();
                }
                return value.getAsBoolean();
            }
            if (value.isJsonArray()) {
                return gson.fromJson(value, List.class);
            }
            return gson.fromJson(value, HashMap.class); // an object, or null (which gives null)
        }

        private Object newInstance() {
            try {
                return constructor.newInstance();
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot create " + type.getName(), e);
            }
        }

        private static void set(Binding binding, Object instance, Object value) {
            try {
                binding.field.set(instance, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set " + binding.field, e);
            }
        }

        private void putAdditional(Object instance, String name, Object value) {
            try {
                putAdditional.invoke(instance, name, value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot keep additional property of " + type.getName(), e);
            }
        }
    }
}
