using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>Google's JSON error bodies, worded as the real APIs word them.</summary>
public static class GoogleErrorJson
{
    public static IResult Api(HttpStatusCode code, string message, string reason, string domain = "global", string? status = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var error = new JsonObject
        {
            ["code"] = (int)code,
            ["message"] = message,
            ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["domain"] = domain, ["reason"] = reason }),
        };
        if (status is not null)
        {
            error["status"] = status;
        }

        return new JsonResult(new JsonObject { ["error"] = error }, (int)code, headers);
    }

    public static IResult MissingCredentials() => Api(HttpStatusCode.Unauthorized,
        "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        "required", status: "UNAUTHENTICATED", headers: [new("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"")]);

    public static IResult InvalidCredentials() => Api(HttpStatusCode.Unauthorized,
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        "authError", status: "UNAUTHENTICATED",
        headers: [new("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")]);

    public static IResult InsufficientScopes() => Api(HttpStatusCode.Forbidden,
        "Request had insufficient authentication scopes.", "insufficientPermissions", status: "PERMISSION_DENIED");

    public static IResult Forbidden() => Api(HttpStatusCode.Forbidden, "Forbidden", "forbidden");

    public static IResult QuotaExceeded() => Api(HttpStatusCode.Forbidden,
        "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.",
        "quotaExceeded", "youtube.quota");

    public static IResult BackendError() => Api(HttpStatusCode.InternalServerError, "Internal error encountered.", "backendError", status: "INTERNAL");

    public static IResult Unavailable() => Api(HttpStatusCode.ServiceUnavailable, "The service is currently unavailable.", "backendError", status: "UNAVAILABLE");

    public static IResult BadRequest(string message, string reason = "badRequest", string domain = "global") =>
        Api(HttpStatusCode.BadRequest, message, reason, domain, "INVALID_ARGUMENT");

    public static IResult NotFound(string message, string reason, string domain = "youtube.common") =>
        Api(HttpStatusCode.NotFound, message, reason, domain, "NOT_FOUND");

    /// <summary>The OAuth endpoints answer flat <c>{"error": "...", "error_description": "..."}</c> bodies.</summary>
    public static IResult OAuth(HttpStatusCode code, string error, string description) =>
        new JsonResult(new JsonObject { ["error"] = error, ["error_description"] = description }, (int)code);
}
