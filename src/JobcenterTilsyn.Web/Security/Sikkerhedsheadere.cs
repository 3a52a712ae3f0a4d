using Scalar.AspNetCore;

namespace JobcenterTilsyn.Web.Security;

/// <summary>
/// Response headers on every response (docs/security.md). The CSP allows only the app's own scripts (Blazor
/// Server needs no eval), inline styles (MudBlazor sets style attributes), data: images, and the circuit's
/// WebSocket back to the same host ('self').
/// </summary>
internal static class Sikkerhedsheadere
{
    public static string Csp(HttpRequest request) => string.Join("; ",
        "default-src 'self'",
        // The API reference page (Scalar) starts itself with one inline script, allowed by its per-request nonce only.
        request.HttpContext.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce ? $"script-src 'self' 'nonce-{nonce}'" : "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        // 'self' covers the circuit's WebSocket (ws/wss to the same host, CSP Level 3); the Host header is never echoed.
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    public static void Tilfoej(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Csp(http.Request);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
