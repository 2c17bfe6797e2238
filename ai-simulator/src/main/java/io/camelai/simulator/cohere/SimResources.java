package io.camelai.simulator.cohere;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;

/**
 * One Cohere resource collection (connectors, fine-tuned models, embed jobs, datasets): the resources by id, and the
 * routing their API shares: {@code POST <path>} creates, {@code GET <path>} lists, a request on {@code <path>/<id>}
 * (and what follows the id) is a 404 for an unknown id, {@code DELETE <path>/<id>} removes the resource where the
 * API allows it, and the resource's own calls are its collection's.
 */
final class SimResources<T> extends ConcurrentHashMap<String, T> {

    /** A request on the collection itself. */
    interface CollectionCall {
        void handle(SimExchange exchange) throws IOException;
    }

    /** A request on one resource: {@code action} is what follows its id in the path, empty for the resource. */
    interface ResourceCall<T> {
        boolean handle(SimExchange exchange, T resource, String action) throws IOException;
    }

    private final String path;
    private final Function<String, String> notFound;
    private final boolean deletable;

    SimResources(String path, Function<String, String> notFound, boolean deletable) {
        this.path = path;
        this.notFound = notFound;
        this.deletable = deletable;
    }

    /** Handles a request under the collection's path; false when it is not one of its calls. */
    boolean handle(SimExchange exchange, CollectionCall create, CollectionCall list, ResourceCall<T> call)
            throws IOException {
        String method = exchange.method();
        if (exchange.path().equals(path)) {
            if ("POST".equals(method)) {
                create.handle(exchange);
            } else if ("GET".equals(method)) {
                list.handle(exchange);
            } else {
                return false;
            }
            return true;
        }
        if (!exchange.path().startsWith(path + "/")) {
            return false;
        }
        String[] rest = exchange.path().substring(path.length() + 1).split("/", 2);
        String id = URLDecoder.decode(rest[0], StandardCharsets.UTF_8);
        String action = rest.length == 2 ? rest[1] : "";
        T resource = get(id);
        if (resource == null) {
            CohereApi.error(exchange, 404, notFound.apply(id));
        } else if (deletable && action.isEmpty() && "DELETE".equals(method)) {
            remove(id);
            exchange.respondJson(200, SimJson.object());
        } else {
            return call.handle(exchange, resource, action);
        }
        return true;
    }
}
