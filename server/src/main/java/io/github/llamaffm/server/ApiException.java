package io.github.llamaffm.server;

/**
 * A request the server answers with an error in OpenAI's shape
 * ({@code {"error":{"message","type","param","code"}}}) and an HTTP status. The message is the
 * client's to read: it never carries a stack trace or a server path.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final String param;
    final String code;
    /** Seconds to wait before retrying (a {@code Retry-After} header), or 0 for none. */
    final int retryAfter;

    ApiException(int status, String type, String message, String param, String code, int retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiException badRequest(String message, String param) {
        return new ApiException(400, "invalid_request_error", message, param, null, 0);
    }

    static ApiException badRequest(String message, String param, String code) {
        return new ApiException(400, "invalid_request_error", message, param, code, 0);
    }

    static ApiException unauthorized() {
        return new ApiException(401, "invalid_request_error", "Missing or incorrect API key: send it as 'Authorization: Bearer <key>'.",
                null, "invalid_api_key", 0);
    }

    static ApiException notFound(String message, String param, String code) {
        return new ApiException(404, "invalid_request_error", message, param, code, 0);
    }

    static ApiException methodNotAllowed(String method, String path) {
        return new ApiException(405, "invalid_request_error", "Method " + method + " is not allowed on " + path + ".", null, null, 0);
    }

    static ApiException tooLarge(String message) {
        return new ApiException(413, "invalid_request_error", message, null, "request_too_large", 0);
    }

    static ApiException notImplemented(String message) {
        return new ApiException(501, "not_supported_error", message, null, null, 0);
    }

    static ApiException overloaded(int retryAfter) {
        return new ApiException(503, "server_error", "The server is busy: every slot and queue place is taken. Retry later.",
                null, "overloaded", retryAfter);
    }

    static ApiException timeout(int seconds) {
        return new ApiException(504, "timeout_error", "The request took longer than the server's limit of " + seconds + " s.", null, "timeout", 0);
    }

    static ApiException internal() {
        return new ApiException(500, "server_error", "The server failed to answer this request.", null, null, 0);
    }
}
