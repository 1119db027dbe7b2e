package dev.annexkit.sdk.internal;

import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a {@code multipart/form-data} variant of an operation whose spec also has a JSON variant. The
 * generator only makes a method for one media type per operation; the generated services call this for the
 * other, with the form's generated model, whose serialised field names become the form fields.
 */
public final class MultipartCalls {

    private static final String[] AUTH_NAMES = {"AnnexSite", "AnnexJwt"};

    private MultipartCalls() {
    }

    /**
     * POSTs {@code form} as multipart form data to {@code path} (which has no path parameters).
     *
     * @param client the configured generated client
     * @param path the operation's path, relative to the base URL
     * @param form a generated form model; its non-null fields become form fields ({@code File}s become file parts)
     * @param returnType the type of the answer's body
     * @param <T> the answer's type
     * @return the decoded answer
     * @throws ApiException when the call fails
     */
    public static <T> T post(ApiClient client, String path, Object form, Type returnType) throws ApiException {
        if (path.indexOf('{') >= 0) {
            throw new IllegalArgumentException("multipart variants with path parameters are not supported: " + path);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "multipart/form-data");
        headers.put("Accept", "application/json");
        okhttp3.Call call = client.buildCall(null, path, "POST", new ArrayList<>(), new ArrayList<>(), null, headers,
                new HashMap<>(), formFields(form), AUTH_NAMES, null);
        ApiResponse<T> response = client.execute(call, returnType);
        return response.getData();
    }

    static Map<String, Object> formFields(Object form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field field : form.getClass().getDeclaredFields()) {
            SerializedName name = field.getAnnotation(SerializedName.class);
            if (name == null || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object value = field.get(form);
                if (value != null) {
                    fields.put(name.value(), value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read form field " + field.getName(), e);
            }
        }
        return fields;
    }
}
