package org.ecites.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/** Writes the location of a fault as the client named it: a query, path or header parameter, or a JSON path. */
final class RequestPaths {

    private RequestPaths() {
    }

    /** A violation on a parameter is named as the request names it; one in a body by its JSON path ("$" for all). */
    static String ofViolation(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = requestName(violation.getRootBeanClass(), method,
                        node.as(Path.ParameterNode.class).getParameterIndex()).orElse(null);
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameter != null ? parameter : "$";
    }

    /**
     * The name a {@code @QueryParam}, {@code @PathParam} or {@code @HeaderParam} gives; none for the body.
     * The root bean may be a subclass that the container generated, so the hierarchy is searched.
     */
    private static Optional<String> requestName(Class<?> resource, Path.MethodNode node, int index) {
        if (node == null) {
            return Optional.empty();
        }
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(node.getName(), node.getParameterTypes().toArray(Class[]::new));
                for (Annotation annotation : method.getParameterAnnotations()[index]) {
                    if (annotation instanceof QueryParam query) {
                        return Optional.of(query.value());
                    } else if (annotation instanceof PathParam pathParam) {
                        return Optional.of(pathParam.value());
                    } else if (annotation instanceof HeaderParam header) {
                        return Optional.of(header.value());
                    }
                }
            } catch (NoSuchMethodException e) {
                // declared further up; a generated subclass also overrides it without the annotations
            }
        }
        return Optional.empty();
    }

    static String ofJson(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
